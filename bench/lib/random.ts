/**
 * Seeded randomness for the benchmark: every figure in the table comes from the same generated data on
 * every run, so a change in a figure is a change in the code, not in the dice.
 */

export { seededRandom } from '../../test/helpers/random';

export type Random = () => number;

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}

/** A normal deviate (Box-Muller), rounded and clamped: sentence and quote lengths. */
export function normalInt(random: Random, mean: number, sd: number, min: number, max: number): number {
  const u = 1 - random();
  const v = random();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.max(min, Math.min(max, Math.round(mean + sd * z)));
}

/**
 * Zipf-Mandelbrot sampler over ranks 0..n-1: P(rank) ∝ 1 / (rank + q)^s. Word frequencies in news text follow
 * it closely (s ≈ 1), which is what decides how often two unrelated sentences share a word by chance.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(
    readonly size: number,
    exponent = 1,
    shift = 2.7,
  ) {
    this.cdf = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / (rank + 1 + shift) ** exponent;
      this.cdf[rank] = total;
    }
    for (let rank = 0; rank < size; rank++) this.cdf[rank] = (this.cdf[rank] as number) / total;
  }

  /** A rank, drawn by binary search over the cumulative distribution. */
  sample(random: Random): number {
    const x = random();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The q-quantile of an ascending-sorted array (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}

export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}
