/**
 * What the bench reads from the seed corpus, in place and never copied: the تقويضه/تدميره quotation pair the
 * issue names (000 rt-arabic vs 001 elaph), and the similarity of same-story claims from different outlets,
 * printed beside the generator's so a reader can judge how realistic the generated background is.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../local/stack';
import { analyseArticle } from '../../shared/analyse';
import { contentKeys, indexedWording } from '../../shared/matching/fingerprint';
import { matchTokens } from '../../shared/matching/words';
import type { Claim } from '../../shared/model';
import type { NewsGenerator } from './corpus';
import { quantile } from './random';

export const SEEDS_DIR = join(REPO_ROOT, '..', 'shared', 'corpus', 'seeds');

function seedClaims(): Claim[][] | null {
  if (!existsSync(SEEDS_DIR)) return null;
  return readdirSync(SEEDS_DIR)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((file, i) =>
      analyseArticle(readFileSync(join(SEEDS_DIR, file)), { key: file, contentType: 'text/plain; charset=utf-8', metadata: {}, articleId: `seed${i}`, outlet: `seed-outlet-${i}` }).claims,
    );
}

/** The seed quotation with تقويضه (000) and its counterpart with تدميره (001), as the pipeline extracts them. */
export function seedQuotePair(): { a: Claim; b: Claim } | null {
  const claims = seedClaims();
  const a = claims?.[0]?.find((c) => c.kind === 'quote' && (c.quote ?? '').includes('تقويضه'));
  const b = claims?.[1]?.find((c) => c.kind === 'quote' && (c.quote ?? '').includes('تدميره'));
  return a && b ? { a, b } : null;
}

/** Exact Jaccard of two claims' content-word sets (what the MinHash estimates). */
export function contentJaccard(a: Claim, b: Claim): number {
  const sa = new Set(contentKeys(matchTokens(indexedWording(a))));
  const sb = new Set(contentKeys(matchTokens(indexedWording(b))));
  let both = 0;
  for (const key of sa) if (sb.has(key)) both++;
  const union = sa.size + sb.size - both;
  return union === 0 ? 0 : both / union;
}

export interface Calibration {
  seeds: [number, number, number] | null;
  generator: [number, number, number];
  seedPairs: number;
}

const spread = (values: number[]): [number, number, number] => {
  const sorted = values.sort((x, y) => x - y);
  return [quantile(sorted, 0.5), quantile(sorted, 0.9), quantile(sorted, 0.99)];
};

/** Content-word Jaccard p50/p90/p99 of same-story claims from different outlets: seeds vs generator. */
export function sameStoryCalibration(generator: NewsGenerator): Calibration {
  const seeds = seedClaims();
  const seedJ: number[] = [];
  if (seeds) {
    for (let i = 0; i < seeds.length; i++) {
      for (let j = i + 1; j < seeds.length; j++) for (const a of seeds[i] ?? []) for (const b of seeds[j] ?? []) seedJ.push(contentJaccard(a, b));
    }
  }
  const genJ: number[] = [];
  for (let s = 0; s < 40; s++) {
    const story = generator.story();
    const one = Array.from({ length: 30 }, (_, i) => generator.claim(story, 'x', 'outlet-x', i + 1));
    const two = Array.from({ length: 30 }, (_, i) => generator.claim(story, 'y', 'outlet-y', i + 1));
    for (const a of one) for (const b of two) genJ.push(contentJaccard(a, b));
  }
  return { seeds: seedJ.length > 0 ? spread(seedJ) : null, generator: spread(genJ), seedPairs: seedJ.length };
}
