/**
 * Design property 2 on the real table: two outlets publish the same quotation and both articles are ingested
 * at the same moment. Each ingest writes its index entries before it reads candidates (strongly consistent
 * base-table Query), so whatever the interleaving, at least one of them sees the other: the finding exists
 * after every run, as exactly one item per side. Three kinds of runs: both ingests held until both have
 * written (each must see the other), one after the other (only the later one can), and random delays before
 * every store call (whatever interleaving the machine produces). The sentences are written for this test
 * (a seeded vocabulary), new each run, so no run can find another run's article.
 */
import { DynamoDbLeases } from '../../../shared/adapters/dynamodb-leases';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { ingestObjectEvent } from '../../../shared/ingest';
import { articleIdFor } from '../../../shared/object-events';
import type { ArticleBlobs, IngestStore } from '../../../shared/ports';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { seededRandom, sleep } from '../../helpers/random';

const HELD = 6;
const SEQUENTIAL = 6;
const JITTERED = 18;
const RUNS = HELD + SEQUENTIAL + JITTERED;
const BUCKET = 'qarin-articles';

const VOCABULARY = `حكومة برلمان مجلس قرار اتفاق مفاوضات جولة وفد قمة مؤتمر حدود جيش قوات طائرة سفينة ميناء مطار مدينة قرية
منطقة شارع سوق مصنع مدرسة مستشفى جامعة طالب طبيب مهندس عامل فلاح تاجر صحفي كاتب شاعر موسم مطر ثلج شمس رياح بحر
نهر جبل صحراء غابة حديقة شجرة زهرة ثمرة شعير زيتون تمر حليب خبز ماء كهرباء وقود طريق جسر قطار حافلة سيارة دراجة
رحلة زيارة لقاء حوار خطاب بيان تقرير دراسة بحث مشروع خطة برنامج ميزانية ضريبة تضخم رواتب عقود صفقة شركة مصرف
سهم سند تصدير استيراد إنتاج استهلاك طاقة مناخ تلوث غبار ضباب عاصفة زلزال فيضان حريق إنقاذ إسعاف علاج لقاح دواء`
  .split(/\s+/)
  .filter(Boolean);



interface RunControl {
  jitter: boolean;
  /** Hold every findCandidates until both ingests have written their claims. */
  hold: boolean;
  written: number;
  /** Articles each findCandidates call returned. */
  lookups: Array<Set<string>>;
}

/** The store as one run sees it: optional random pauses (0-8 ms) before every call, the optional hold, the record. */
function controlled(store: IngestStore, random: () => number, run: RunControl): IngestStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (run.jitter) await sleep(Math.floor(random() * 8));
        if (name === 'findCandidates' && run.hold) for (let waited = 0; run.written < 2 && waited < 5000; waited += 5) await sleep(5);
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (name === 'putClaims') run.written += 1;
        if (name === 'findCandidates') run.lookups.push(new Set((result as Array<{ articleId: string }>).map((r) => r.articleId)));
        return result;
      };
    },
  });
}

function articleText(random: () => number, quote: string): string {
  const words = (n: number) => Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(' ');
  return [`${words(12)}.`, `وقال الوزير سالم: «${quote}».`, `${words(14)}.`].join('\n\n');
}

let dynamo: LocalDynamoDb;

beforeAll(async () => {
  dynamo = await startDynamoDb('qarin-concurrency');
});

afterAll(async () => {
  await dynamo.stop();
});

describe('two outlets ingested at the same moment', () => {
  it(`are compared in each of ${RUNS} runs (held, one after the other, jittered): the finding exists, once per side`, async () => {
    // Prepare
    const random = seededRandom(20261112);
    const objects = new Map<string, Uint8Array>();
    const blobs: ArticleBlobs = {
      async get(_bucket, key) {
        const bytes = objects.get(key);
        if (!bytes) throw new Error(`no object ${key}`);
        return { bytes, metadata: { 'published-at': '2026-11-12T10:00:00Z' }, contentType: 'text/plain; charset=utf-8' };
      },
    };
    const store = new DynamoDbStore(dynamo.client, dynamo.tableName, { cursorSecret: 'concurrency-cursor-secret-0123' });
    const control: RunControl = { jitter: false, hold: false, written: 0, lookups: [] };
    const deps = {
      store: controlled(store, random, control),
      leases: new DynamoDbLeases(dynamo.client, dynamo.tableName),
      blobs,
      clock: { now: () => new Date() },
      maxObjectBytes: 1 << 20,
    };
    const missed: number[] = [];
    const duplicated: number[] = [];
    const saw: number[] = [];

    // Act
    for (let run = 0; run < RUNS; run++) {
      const quote = Array.from({ length: 14 }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(' ');
      const keys = [`levant-news/run-${run}.txt`, `gulf-daily/run-${run}.txt`];
      for (const key of keys) objects.set(key, new TextEncoder().encode(articleText(random, quote)));
      Object.assign(control, { jitter: run >= HELD + SEQUENTIAL, hold: run < HELD, written: 0, lookups: [] });
      const ingest = (key: string, i: number) =>
        ingestObjectEvent({ type: 'put', bucket: BUCKET, key, size: null, sequencer: `${run + 1}${i}`.padStart(32, '0'), versionId: null }, deps);
      const outcomes =
        run >= HELD && run < HELD + SEQUENTIAL
          ? [await ingest(keys[0] as string, 0), await ingest(keys[1] as string, 1)]
          : await Promise.all(keys.map(async (key, i) => (control.jitter ? sleep(Math.floor(random() * 150)) : Promise.resolve()).then(() => ingest(key, i))));
      expect(outcomes.map((o) => o.status)).toEqual(['done', 'done']);
      const [a, b] = keys.map((key) => articleIdFor(BUCKET, key)) as [string, string];
      const sideA = (await store.findingsForArticle(a)).filter((f) => f.claim.articleId === b || f.counterpart.articleId === b);
      const sideB = (await store.findingsForArticle(b)).filter((f) => f.claim.articleId === a || f.counterpart.articleId === a);
      if (sideA.length === 0 || sideB.length === 0) missed.push(run);
      // Each ingest reads candidates once, and its own entries (written first) are always in what it reads.
      saw.push(control.lookups.filter((seen) => seen.has(a) && seen.has(b)).length);
      if (new Set(sideA.map((f) => f.id)).size !== sideA.length || sideA.length !== sideB.length) duplicated.push(run);
    }

    // Assess
    expect(missed).toEqual([]);
    expect(duplicated).toEqual([]);
    // Held runs: both lookups after both writes. Sequential runs: only the later ingest can see the pair.
    expect(saw.slice(0, HELD)).toEqual(new Array(HELD).fill(2));
    expect(saw.slice(HELD, HELD + SEQUENTIAL)).toEqual(new Array(SEQUENTIAL).fill(1));
    expect(saw.every((n) => n >= 1)).toBe(true);
  });
});
