/**
 * The behaviour every IngestStore + ReportStore must show, written once and run against DynamoDbStore
 * (dynalite over loopback) and MemoryStore, so the fast store used by benchmarks cannot drift.
 */
import { CANDIDATE_CAP_PER_KEY } from '../../../shared/adapters/layout';
import { BadRequestError } from '../../../shared/errors';
import type { Finding, Page } from '../../../shared/model';
import type { IngestStore, ReportStore } from '../../../shared/ports';
import { article, claim, finding, indexed, padded, signature } from './fixtures';

export type Store = IngestStore & ReportStore;

export interface StoreHarness {
  /** A store over empty storage; `now` is the clock stamping index entries (ms). */
  create(options?: { now?: () => number }): Promise<Store>;
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
}

/** Follows cursors until the last page; returns every item in order and the page sizes. */
async function walk<T>(fetch: (cursor?: string) => Promise<Page<T>>): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await fetch(cursor);
    items.push(...page.items);
    sizes.push(page.items.length);
    if (page.nextCursor === null) return { items, sizes };
    cursor = page.nextCursor;
  }
  throw new Error('cursor walk did not end');
}

const ids = (items: Array<{ id: string }>): string[] => items.map((item) => item.id);

/** Three articles from three outlets and findings between them, the way the pipeline would write them. */
async function seedFindings(store: Store) {
  const a = claim('art-a', 1, { outlet: 'al-masdar' });
  const a2 = claim('art-a', 2, { outlet: 'al-masdar', speaker: null, speakerKey: null, kind: 'statement', quote: null });
  const b = claim('art-b', 1, { outlet: 'le-quotidien', speaker: 'Le ministre Ahmed Salem', text: 'Le ministre a déclaré que « les négociations reprendront ».' });
  const c = claim('art-c', 1, { outlet: 'daily-wire', speaker: 'الرئيس فلاديمير بوتين', speakerKey: 'بوتين' });
  await store.putClaims([a, a2, b, c].map((x) => indexed(x, [])));
  const findings: Finding[] = [
    finding(a, b, 'number', '2026-03-02T10:00:01.000Z'),
    finding(a, c, 'quote-wording', '2026-03-02T10:00:02.000Z'),
    finding(b, c, 'number', '2026-03-02T10:00:03.000Z'),
    finding(a2, c, 'agreement', '2026-03-02T10:00:04.000Z'),
    finding(a2, b, 'omission', '2026-03-02T10:00:05.000Z'),
  ];
  await store.putFindings(findings);
  return { findings, claims: { a, a2, b, c } };
}

export function describeStoreContract(label: string, harness: StoreHarness): void {
  describe(`${label} (store contract)`, () => {
    let store: Store;
    if (harness.setup) beforeAll(() => harness.setup?.());
    if (harness.teardown) afterAll(() => harness.teardown?.());
    beforeEach(async () => {
      store = await harness.create();
    });

    describe('object versions', () => {
      it('answers new, same, stale for padded sequencers of different original lengths', async () => {
        // Prepare: S3 sequencers differ in length; right-padding makes string order the documented order,
        // so the shorter '1A2090277A6' (= ...A60) is newer than the longer '1A2090277A5F'.
        const older = padded('1A2090277A5F');
        const newer = padded('1A2090277A6');
        // Act
        const first = await store.claimObjectVersion('obj-1', newer);
        const again = await store.claimObjectVersion('obj-1', newer);
        const late = await store.claimObjectVersion('obj-1', older);
        // Assess
        expect([first, again, late]).toEqual(['new', 'same', 'stale']);
        expect(await store.claimObjectVersion('obj-1', padded('1A2090277A61'))).toBe('new');
      });

      it('lets exactly one of many concurrent deliveries of a version win, and the newest version last', async () => {
        const versions = ['1A2', '1A3', '1A1', '1A3', '1A3', '1A0', '1A3', '1A2'].map(padded);
        const answers = await Promise.all(versions.map((v) => store.claimObjectVersion('obj-3', v)));
        expect(answers.filter((a, i) => a === 'new' && versions[i] === padded('1A3'))).toHaveLength(1);
        expect(await store.claimObjectVersion('obj-3', padded('1A3'))).toBe('same');
      });

      it('keeps the version after the article is deleted, so an old event cannot resurrect it', async () => {
        await store.claimObjectVersion('obj-2', padded('B0'));
        await store.putArticle(article('obj-2', { sequencer: padded('B0') }));
        await store.deleteArticle('obj-2');
        expect(await store.getArticle('obj-2')).toBeNull();
        expect(await store.claimObjectVersion('obj-2', padded('A0'))).toBe('stale');
      });
    });

    describe('articles', () => {
      it('round-trips an article with Arabic text and nulls exactly', async () => {
        const stored = article('art-1', { url: null, title: 'عاجل: «اتفاق» على وقف إطلاق النار', errorCode: null });
        await store.putArticle(stored);
        expect(await store.getArticle('art-1')).toEqual(stored);
        expect(await store.getArticle('missing')).toBeNull();
      });

      it('ignores a row from an older object version but accepts the same version again', async () => {
        await store.putArticle(article('art-2', { sequencer: padded('20'), status: 'processing' }));
        await store.putArticle(article('art-2', { sequencer: padded('10'), title: 'older' }));
        await store.putArticle(article('art-2', { sequencer: padded('20'), status: 'done', claimCount: 4 }));
        const row = await store.getArticle('art-2');
        expect(row).toMatchObject({ sequencer: padded('20'), status: 'done', claimCount: 4 });
        expect(row?.title).not.toBe('older');
      });

      it('lists newest first in pages, each article once, last page without cursor', async () => {
        for (let i = 0; i < 7; i++) {
          const outlet = i % 3 === 0 ? 'le-quotidien' : 'al-masdar';
          await store.putArticle(article(`art-${i}`, { outlet, ingestedAt: `2026-03-0${i + 1}T09:00:00.000Z` }));
        }
        const all = await walk((cursor) => store.listArticles({ limit: 3, cursor }));
        expect(ids(all.items)).toEqual(['art-6', 'art-5', 'art-4', 'art-3', 'art-2', 'art-1', 'art-0']);
        expect(all.sizes).toEqual([3, 3, 1]);
        const outlet = await walk((cursor) => store.listArticles({ outlet: 'le-quotidien', limit: 2, cursor }));
        expect(ids(outlet.items)).toEqual(['art-6', 'art-3', 'art-0']);
      });

      it('moves a re-ingested article in the listings instead of listing it twice', async () => {
        await store.putArticle(article('art-1', { outlet: 'al-masdar', ingestedAt: '2026-03-01T09:00:00.000Z' }));
        await store.putArticle(article('art-2', { outlet: 'al-masdar', ingestedAt: '2026-03-02T09:00:00.000Z' }));
        await store.putArticle(article('art-1', { outlet: 'le-quotidien', ingestedAt: '2026-03-03T09:00:00.000Z' }));
        expect(ids((await store.listArticles({ limit: 10 })).items)).toEqual(['art-1', 'art-2']);
        expect(ids((await store.listArticles({ outlet: 'al-masdar', limit: 10 })).items)).toEqual(['art-2']);
        expect(ids((await store.listArticles({ outlet: 'le-quotidien', limit: 10 })).items)).toEqual(['art-1']);
      });

      it('rejects tampered, foreign and malformed cursors and bad limits with BadRequestError', async () => {
        for (let i = 0; i < 3; i++) await store.putArticle(article(`art-${i}`, { ingestedAt: `2026-03-0${i + 1}T09:00:00.000Z` }));
        const { nextCursor } = await store.listArticles({ limit: 1 });
        expect(nextCursor).not.toBeNull();
        const cursor = nextCursor as string;
        const [payload, mac] = cursor.split('.') as [string, string];
        const forged = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace('art-2', 'art-1'), 'utf8').toString('base64url');
        await expect(store.listArticles({ limit: 1, cursor: `${forged}.${mac}` })).rejects.toBeInstanceOf(BadRequestError);
        await expect(store.listArticles({ limit: 1, cursor: `${payload}.${mac.slice(1)}A` })).rejects.toBeInstanceOf(BadRequestError);
        await expect(store.listArticles({ outlet: 'al-masdar', limit: 1, cursor })).rejects.toBeInstanceOf(BadRequestError);
        await expect(store.listFindings({ limit: 1, cursor })).rejects.toBeInstanceOf(BadRequestError);
        await expect(store.listArticles({ limit: 1, cursor: 'not a cursor' })).rejects.toThrow('Invalid cursor');
        await expect(store.listArticles({ limit: 0 })).rejects.toBeInstanceOf(BadRequestError);
        await expect(store.listArticles({ limit: 2.5 })).rejects.toBeInstanceOf(BadRequestError);
        expect(ids((await store.listArticles({ limit: 1, cursor })).items)).toEqual(['art-1']);
      });
    });

    describe('claims and candidates', () => {
      it('returns each stored claim once with its signature, across keys and articles', async () => {
        const mine = claim('art-a', 1);
        const theirs = claim('art-b', 1, { outlet: 'le-quotidien' });
        const unrelated = claim('art-c', 1, { outlet: 'daily-wire' });
        const signed = signature(3).map((v) => v | 0); // Math.imul-style negative lanes must survive too
        await store.putClaims([
          indexed(mine, ['b:2026W10:0:aa', 'b:2026W10:1:bb'], 1),
          { claim: theirs, signature: signed, indexKeys: ['b:2026W10:0:aa', 'b:2026W10:1:bb', 's:2026W10:سالم'] },
          indexed(unrelated, ['b:2026W10:0:zz'], 2),
        ]);
        const refs = await store.findCandidates(['b:2026W10:0:aa', 'b:2026W10:1:bb', 's:2026W10:سالم', 'b:nothing']);
        const byId = new Map(refs.map((r) => [r.claimId, r]));
        expect([...byId.keys()].sort()).toEqual([mine.id, theirs.id]);
        expect(refs).toHaveLength(2);
        expect(byId.get(theirs.id)).toEqual({
          claimId: theirs.id,
          articleId: 'art-b',
          outlet: 'le-quotidien',
          signature: signed,
          keys: expect.arrayContaining(['b:2026W10:0:aa', 'b:2026W10:1:bb', 's:2026W10:سالم']),
        });
        expect(byId.get(theirs.id)?.keys).toHaveLength(3);
        expect(byId.get(mine.id)?.signature).toEqual(signature(1));
        expect(byId.get(mine.id)?.keys.sort()).toEqual(['b:2026W10:0:aa', 'b:2026W10:1:bb']);
      });

      it('fetches claims by id exactly as written, skipping unknown and repeated ids', async () => {
        const claims = Array.from({ length: 30 }, (_, i) => claim('art-a', i + 1, { negated: i % 2 === 0 }));
        await store.putClaims(claims.map((c) => indexed(c, [`k${c.id}`])));
        const wanted = [claims[29]!.id, 'art-a#9999', claims[0]!.id, claims[0]!.id, 'art-z#0001'];
        expect(await store.getClaimsByIds(wanted)).toEqual([claims[29], claims[0]]);
        expect(await store.getClaims('art-a')).toEqual(claims);
      });

      it('caps what one hot index key yields at the newest entries, so a claim written last is always seen', async () => {
        // Prepare: a full boilerplate bucket written in batches one second apart, then one more claim whose
        // id sorts last (a cap by claim id would never show it: the concurrent-ingest guarantee would break).
        let clock = Date.UTC(2026, 2, 2);
        store = await harness.create({ now: () => clock });
        const claims = Array.from({ length: CANDIDATE_CAP_PER_KEY + 40 }, (_, i) => claim(`art-${String(i).padStart(4, '0')}`, 1));
        for (let at = 0; at < claims.length; at += 40) {
          await store.putClaims(claims.slice(at, at + 40).map((c) => indexed(c, ['b:2026W10:7:boilerplate'])));
          clock += 1000;
        }
        const latest = claim('art-zzzz', 1, { outlet: 'le-quotidien' });
        await store.putClaims([indexed(latest, ['b:2026W10:7:boilerplate'])]);
        // Act
        const refs = await store.findCandidates(['b:2026W10:7:boilerplate']);
        // Assess
        expect(refs).toHaveLength(CANDIDATE_CAP_PER_KEY);
        const found = new Set(refs.map((r) => r.claimId));
        expect(found.has(latest.id)).toBe(true);
        expect(claims.slice(0, 40).some((c) => found.has(c.id))).toBe(false);
        expect(claims.slice(80).every((c) => found.has(c.id))).toBe(true);
      });

      it('keeps yielding the newest entries while the bucket grows between reads', async () => {
        // Prepare: scrambled ids, a read after every batch (as interleaved ingests do).
        let clock = Date.UTC(2026, 2, 2);
        store = await harness.create({ now: () => clock });
        const total = CANDIDATE_CAP_PER_KEY + 60;
        const claims = Array.from({ length: total }, (_, i) => claim(`art-${String((i * 97) % total).padStart(4, '0')}`, 1));
        for (let at = 0; at < claims.length; at += 20) {
          await store.putClaims(claims.slice(at, at + 20).map((c) => indexed(c, ['hot'])));
          await store.findCandidates(['hot']);
          clock += 1000;
        }
        // Act
        const refs = await store.findCandidates(['hot']);
        // Assess
        expect(refs.map((r) => r.claimId).sort()).toEqual(claims.slice(60).map((c) => c.id).sort());
      });

      it('is idempotent: writing the same claims twice stores them once', async () => {
        const c = claim('art-a', 1);
        await store.putClaims([indexed(c, ['k1'])]);
        await store.putClaims([indexed(c, ['k1'])]);
        expect(await store.findCandidates(['k1'])).toHaveLength(1);
        expect(await store.getClaims('art-a')).toEqual([c]);
      });
    });

    describe('findings', () => {
      it('shows each finding once in the all-kinds feed, newest first, through a cursor walk', async () => {
        const { findings } = await seedFindings(store);
        const all = await walk((cursor) => store.listFindings({ limit: 2, cursor }));
        expect(ids(all.items)).toEqual(ids([...findings].reverse()));
        expect(all.items[0]).toEqual(findings[4]);
      });

      it('filters by kind, by outlet, by both, and by speaker spelled differently', async () => {
        const { findings } = await seedFindings(store);
        const [ab, ac, bc, a2c, a2b] = findings as [Finding, Finding, Finding, Finding, Finding];
        const list = async (q: Parameters<Store['listFindings']>[0]) => ids((await walk((cursor) => store.listFindings({ ...q, cursor }))).items);
        expect(await list({ kind: 'number', limit: 1 })).toEqual([bc.id, ab.id]);
        expect(await list({ outlet: 'le-quotidien', limit: 2 })).toEqual([a2b.id, bc.id, ab.id]);
        expect(await list({ outlet: 'daily-wire', kind: 'number', limit: 5 })).toEqual([bc.id]);
        // A query with a kasra still finds the bare spelling: harakat are folded on both sides.
        expect(await list({ speaker: 'بوتِين', limit: 5 })).toEqual([a2c.id, bc.id, ac.id]);
        expect(await list({ speaker: 'ahmed salem', limit: 5 })).toEqual([a2b.id, bc.id, ab.id]);
        expect(await list({ speaker: 'احمد سالم', kind: 'quote-wording', limit: 5 })).toEqual([ac.id]);
        expect(await list({ speaker: 'nobody', limit: 5 })).toEqual([]);
      });

      it('gives each article its findings from both sides, and stays one item per finding when rewritten', async () => {
        const { findings } = await seedFindings(store);
        await store.putFindings(findings);
        const sortById = (f: Finding[]) => [...f].sort((x, y) => (x.id < y.id ? -1 : 1));
        expect(sortById(await store.findingsForArticle('art-c'))).toEqual(sortById([findings[1]!, findings[2]!, findings[3]!]));
        expect(await store.findingsForArticle('art-b')).toHaveLength(3);
        expect((await walk((cursor) => store.listFindings({ limit: 3, cursor }))).items).toHaveLength(5);
        expect((await walk((cursor) => store.listFindings({ outlet: 'al-masdar', limit: 3, cursor }))).items).toHaveLength(4);
      });

      it('refuses a finding whose two sides are one article', async () => {
        const x = claim('art-a', 1);
        const y = claim('art-a', 2, { outlet: 'other' });
        await expect(store.putFindings([finding(x, y, 'number', '2026-03-02T10:00:00.000Z')])).rejects.toThrow('one article');
      });
    });

    describe('clearing and deleting', () => {
      it('removes claims, index entries, findings and the other side’s references; keeps the row', async () => {
        // Prepare
        await store.putArticle(article('art-a'));
        const { claims, findings } = await seedFindings(store);
        await store.putClaims([indexed(claims.a, ['shared-key']), indexed(claims.b, ['shared-key'])]);
        // Act
        await store.clearArticleContent('art-a');
        // Assess
        expect(await store.getArticle('art-a')).not.toBeNull();
        expect(await store.getClaims('art-a')).toEqual([]);
        expect(await store.getClaimsByIds([claims.a.id, claims.b.id])).toEqual([claims.b]);
        expect((await store.findCandidates(['shared-key'])).map((r) => r.claimId)).toEqual([claims.b.id]);
        expect(await store.findingsForArticle('art-a')).toEqual([]);
        expect(ids(await store.findingsForArticle('art-b'))).toEqual([findings[2]!.id]);
        expect(ids(await store.findingsForArticle('art-c'))).toEqual([findings[2]!.id]);
        expect(ids((await store.listFindings({ limit: 10 })).items)).toEqual([findings[2]!.id]);
        expect((await store.listFindings({ outlet: 'al-masdar', limit: 10 })).items).toEqual([]);
      });

      it('deletes the article row with its content', async () => {
        await store.putArticle(article('art-a'));
        await seedFindings(store);
        await store.deleteArticle('art-a');
        expect(await store.getArticle('art-a')).toBeNull();
        expect((await store.listArticles({ limit: 10 })).items).toEqual([]);
        expect(await store.getClaims('art-a')).toEqual([]);
        expect(await store.findingsForArticle('art-b')).toHaveLength(1);
      });
    });
  });
}
