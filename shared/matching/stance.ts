/**
 * The contradiction model: logistic regression over the pair features of features.ts, trained offline
 * by bench/train-stance.ts on the ANS train split only and shipped as data (stance-weights.json). It
 * judges statements and reported claims that the typed checks found nothing in: paraphrase (agreement),
 * contradiction (a discrepancy), or too unsure to say (no finding).
 */
import model from './stance-weights.json';
import type { Features } from './features';

const WEIGHTS = new Map<string, number>(Object.entries(model.weights as Record<string, number>));

/** Below this probability of contradiction a pair is a paraphrase (fitted on train folds: ≤ 8 % of contradictions fall below). */
export const AGREE_BELOW: number = model.thresholds.agree;
/** From this probability on a pair is reported as contradicting. */
export const CONTRADICT_FROM: number = model.thresholds.disagree;

/** Probability, in (0, 1), that two claims contradict each other. */
export function contradictionProbability(features: Features): number {
  let z = 0;
  for (const [name, value] of features) z += (WEIGHTS.get(name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

export type Stance = 'agree' | 'contradict' | 'unsure';

let override: ((features: Features) => Stance) | null = null;

/**
 * Replaces the shipped model's verdicts (null restores it). For training scripts only: they judge
 * out-of-fold weights and thresholds end to end, through the typed checks that run before the model.
 */
export function overrideStance(judge: ((features: Features) => Stance) | null): void {
  override = judge;
}

/** The model's verdict on a pair of claims. */
export function stanceOf(features: Features): Stance {
  if (override) return override(features);
  const p = contradictionProbability(features);
  return p < AGREE_BELOW ? 'agree' : p >= CONTRADICT_FROM ? 'contradict' : 'unsure';
}

/** The features that pushed a pair towards contradiction most, for explanations and debugging. */
export function strongestEvidence(features: Features, count = 3): Array<[string, number]> {
  return [...features]
    .map(([name, value]): [string, number] => [name, (WEIGHTS.get(name) ?? 0) * value])
    .filter(([, weight]) => weight > 0)
    .sort((x, y) => y[1] - x[1])
    .slice(0, count);
}
