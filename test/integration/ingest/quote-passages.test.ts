/**
 * A translated passage of a longer quotation, end to end through the ingest use case (in-memory store): the
 * two quotes share too few words for the signature check, and only the speaker-scoped quote key brings them
 * together. Sentences are the team's own.
 */
import { MemoryStore } from '../../../shared/adapters/memory-store';
import { analyseArticle } from '../../../shared/analyse';
import { type IngestDeps, ingestObjectEvent } from '../../../shared/ingest';
import { MemoryLeases } from '../../../shared/leases';
import { fingerprintClaim, verifyCandidate } from '../../../shared/matching/fingerprint';
import { padSequencer } from '../../../shared/object-events';
import type { ArticleBlobs, ArticleObject } from '../../../shared/ports';

const LONG =
  'بيروت - قال وزير الاقتصاد سليم حداد في مؤتمر صحفي: «الاقتصاد يمر بمرحلة صعبة تتطلب الصبر والتضحية من الجميع بعد سنوات الركود الطويلة. ' +
  'لذلك قررنا خفض الضرائب على الورش والمتاجر الصغيرة هذا العام وتأجيل الرسوم الجمركية على المواد الأولية المستوردة. ' +
  'جئت إلى هذه المدينة لأرى كيف يمكننا العمل معا والتنسيق حتى نتمكن من إنقاذ هذه المصانع المتعثرة، ولكن أيضا للوصول إلى خطة شاملة من أجل الازدهار».';
const passage = (speaker: string) =>
  `وأضاف ${speaker}: «أنا في هذه المدينة للتعرف على الكيفية التي يمكن بها أن نتحرك وننسق معا حتى يمكننا إنقاذ المصانع المتعثرة، ولكن أيضا للتوصل إلى خطة من أجل الازدهار».`;

class OutletBlobs implements ArticleBlobs {
  constructor(private readonly objects: Record<string, string>) {}
  async get(_bucket: string, key: string): Promise<ArticleObject> {
    return { bytes: new TextEncoder().encode(this.objects[key] ?? ''), metadata: { outlet: key.split('/')[0] as string }, contentType: 'text/plain' };
  }
}

async function ingestInOrder(objects: Record<string, string>, order: string[]): Promise<MemoryStore> {
  const store = new MemoryStore({ cursorSecret: 'unit-cursor-secret-0123456789' });
  const deps: IngestDeps = { store, blobs: new OutletBlobs(objects), clock: { now: () => new Date('2026-11-20T10:00:00Z') }, maxObjectBytes: 1 << 20, leases: new MemoryLeases() };
  for (const key of order) {
    await ingestObjectEvent({ type: 'put', bucket: 'b', key, size: 100, sequencer: padSequencer('0A'), versionId: null }, deps);
  }
  return store;
}

const quoteOf = (text: string) =>
  analyseArticle(new TextEncoder().encode(text), { key: 'k', contentType: 'text/plain', metadata: {}, articleId: 'x', outlet: 'x' }).claims.find((c) => c.kind === 'quote');

describe('a reworded passage of the same speaker\'s longer quotation', () => {
  it('is reported as quote-wording with the speaker, whichever outlet is ingested first', async () => {
    // Prepare: the precondition that makes this the speaker-key path: the signature check alone turns the pair away.
    const scope = { publishedAt: null, ingestedAt: '2026-11-20T10:00:00Z' };
    const [long, part] = [quoteOf(LONG), quoteOf(passage('وزير الاقتصاد سليم حداد'))];
    expect(long?.speakerKey).toBeTruthy();
    expect(part?.speakerKey).toBe(long?.speakerKey);
    expect(verifyCandidate(fingerprintClaim(long!, scope).signature, fingerprintClaim(part!, scope).signature)).toBe(false);
    const objects = { 'levant/long.txt': LONG, 'gulf/part.txt': passage('وزير الاقتصاد سليم حداد') };

    for (const order of [['levant/long.txt', 'gulf/part.txt'], ['gulf/part.txt', 'levant/long.txt']]) {
      // Act
      const store = await ingestInOrder(objects, order);
      const page = await store.listFindings({ limit: 10 });
      // Assess
      expect(page.items.map((f) => [f.kind, f.claim.outlet === 'levant' ? f.counterpart.outlet : f.claim.outlet])).toEqual([['quote-wording', 'gulf']]);
      expect(page.items[0]?.explanation).toContain('حداد');
    }
  });

  it('is no finding when another person says the passage', async () => {
    // Prepare
    const objects = { 'levant/long.txt': LONG, 'gulf/part.txt': passage('وزير الزراعة كريم منصور') };
    // Act
    const store = await ingestInOrder(objects, ['levant/long.txt', 'gulf/part.txt']);
    // Assess
    expect((await store.listFindings({ limit: 10 })).items).toEqual([]);
  });
});
