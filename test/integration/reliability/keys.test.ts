import fc from 'fast-check';
import { parseS3Notification } from '../../../functions/s3-event';
import { encodeKeyLikeS3 } from '../../../local/notifications';
import { articleIdFor } from '../../../shared/object-events';
import { Lab, captureOutcomes, deliver, notification, sequencerFor } from './harness';
import { seededRandom as random } from '../../helpers/random';
import { TINY_ARTICLE } from './texts';

const ARABIC_WORDS = ['بيان', 'وزارة الخارجية', 'تقرير', 'سورية', 'أخبار', 'مؤتمر', '٢٠١٥', 'حوار', 'إعلان'];
const SEPARATORS = [' ', '+', ' + ', '%', '&', '=', '(', ')', '!', '~', ',', ';', ':', '@', '$', "'", '-', '_', '.'];

/** A key as a newsroom system might name it: an outlet folder, Arabic words, spaces, '+' and punctuation. */
const newsroomKey = fc
  .tuple(
    fc.constantFrom('rt-arabic', 'elaph', 'وكالة-الأنباء', 'maghreb daily'),
    fc.array(fc.oneof(fc.constantFrom(...ARABIC_WORDS), fc.constantFrom(...SEPARATORS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 8 }),
  )
  .map(([outlet, parts]) => `${outlet}/${parts.join('')}.txt`);

describe('scenario 3: keys with Arabic, spaces and "+", URL-encoded as S3 encodes them', () => {
  it('decodes 10,000 generated keys from their notification back to exactly the uploaded key', () => {
    // Prepare
    let checked = 0;
    let mismatches = 0;

    // Act: the ingest function's own parser, on a body carrying the key as S3 encodes it
    fc.assert(
      fc.property(newsroomKey, (key) => {
        const [event] = parseS3Notification(notification({ bucket: 'b', key, kind: 'put', size: 1, sequencer: sequencerFor(1) }));
        checked += 1;
        if (event?.key !== key) mismatches += 1;
        return event?.key === key;
      }),
      { seed: 20151126, numRuns: 10_000 },
    );

    // Assess
    console.log(`figure: keys (pure) — ${checked} generated keys: decoded == uploaded ${checked - mismatches}/${checked}, mismatches ${mismatches}`);
    expect(mismatches).toBe(0);
  });

  it('shows its test keys really are encoded: spaces as "+", a literal "+" as %2B, Arabic as UTF-8 escapes', () => {
    expect(encodeKeyLikeS3('وكالة/تقرير 1+2.txt')).toBe('%D9%88%D9%83%D8%A7%D9%84%D8%A9/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1+1%2B2.txt');
  });

  describe('end to end on s3rver', () => {
    let lab: Lab;
    beforeAll(async () => {
      lab = await Lab.start();
    });
    afterAll(async () => {
      await lab?.stop();
    });

    it('finds and ingests every object under exactly its key (no NoSuchKey)', async () => {
      // Prepare: three dozen generated keys, uploaded through the SDK (which encodes the request path itself)
      const keys = [...new Set(fc.sample(newsroomKey, { seed: 3, numRuns: 40 }))].slice(0, 36);
      const next = random(3);
      const bodies: string[] = [];
      for (const [i, key] of keys.entries()) {
        const size = await lab.upload(key, TINY_ARTICLE);
        bodies.push(notification({ bucket: lab.bucket, key, kind: 'put', size, sequencer: sequencerFor(10 + i) }));
      }
      const table = await lab.newTable();
      const deps = lab.deps(table);
      const log = captureOutcomes();

      // Act
      const report = await deliver(lab.handler(deps), bodies, { invocations: 2, random: next }).finally(() => log.restore());

      // Assess
      const articles = await Promise.all(keys.map((key) => deps.store.getArticle(articleIdFor(lab.bucket, key))));
      const exact = articles.filter((article, i) => article?.status === 'done' && article.key === keys[i]).length;
      const notFound = log.outcomes.filter((o) => o.code === 'not-found').length;
      console.log(`figure: keys (end to end) — ${keys.length} objects: ingested under the exact key ${exact}/${keys.length}, NoSuchKey ${notFound}, failed receives ${report.failedReceives}`);
      expect(notFound).toBe(0);
      expect(exact).toBe(keys.length);
      expect(report.failedReceives).toBe(0);
    });
  });
});
