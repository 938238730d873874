/**
 * Trains the contradiction model (shared/matching/stance.ts) on the ANS **train** split only and writes
 * its weights to shared/matching/stance-weights.json. L2-regularised logistic regression over the pair
 * features of features.ts: disagree = 1, agree = 0 (the few `other` pairs are left out: they are
 * unrelated headlines, which relatedness, not this model, turns away).
 *
 * The regularisation strength and the two decision thresholds are chosen by 5-fold cross-validation on
 * train (out-of-fold probabilities); dev is never looked at here. `npm run eval` reports dev.
 *
 *   npx tsx bench/train-stance.ts            # train, print CV figures, write the weights
 *   npx tsx bench/train-stance.ts --dry-run  # print only
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Features, featuresOf } from '../shared/matching/features';
import { sentenceClaim } from '../shared/matching/evaluate';
import { readAns } from './eval-ans';

const ROOT = resolve(__dirname, '..');
const TRAIN = resolve(ROOT, '../shared/corpus/ans/train.csv');
const OUT = process.env.STANCE_OUT ?? resolve(ROOT, 'shared/matching/stance-weights.json');
/** A word feature is kept when this many training pairs have it: rarer words would be memorised, not learned. */
const MIN_WORD_PAIRS = Number(process.env.STANCE_MIN_PAIRS ?? 3);
const LAMBDAS = (process.env.STANCE_LAMBDAS ?? '1,3,10').split(',').map(Number);
const EPOCHS = 300;
const FOLDS = 5;
/** Targets the thresholds are fitted to on out-of-fold train predictions, with a margin under the issue's. */
const MAX_DISAGREE_AS_AGREEMENT = 0.08;

interface Example {
  x: Features;
  y: 0 | 1;
}

function examples(): Example[] {
  return readAns(TRAIN)
    .filter((r) => r.stance !== 'other')
    .map((r) => ({ x: featuresOf(sentenceClaim('a', 'outlet-a', r.s1), sentenceClaim('b', 'outlet-b', r.s2)), y: r.stance === 'disagree' ? 1 : 0 }));
}

/** Feature-name prefixes to leave out (experiments: STANCE_DROP="w:,r:"). */
const DROP = (process.env.STANCE_DROP ?? '').split(',').filter(Boolean);

function vocabulary(data: Example[]): Set<string> {
  const count = new Map<string, number>();
  for (const e of data) for (const name of e.x.keys()) count.set(name, (count.get(name) ?? 0) + 1);
  const lexical = (name: string) => /^[a-z]:/u.test(name);
  return new Set(
    [...count].filter(([name, n]) => (!lexical(name) || n >= MIN_WORD_PAIRS) && !DROP.some((d) => name.startsWith(d))).map(([name]) => name),
  );
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function score(w: Map<string, number>, x: Features): number {
  let z = 0;
  for (const [name, value] of x) z += (w.get(name) ?? 0) * value;
  return sigmoid(z);
}

/** Full-batch Adam on the mean log-loss plus lambda/n * ||w||^2 / 2 (the bias is not penalised). */
function fit(data: Example[], vocab: Set<string>, lambda: number): Map<string, number> {
  const w = new Map<string, number>([...vocab].map((n) => [n, 0]));
  const m = new Map<string, number>();
  const v = new Map<string, number>();
  const rate = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Map<string, number>();
    for (const e of data) {
      const err = score(w, e.x) - e.y;
      for (const [name, value] of e.x) if (vocab.has(name)) grad.set(name, (grad.get(name) ?? 0) + err * value);
    }
    for (const name of vocab) {
      const wi = w.get(name) ?? 0;
      const g = (grad.get(name) ?? 0) / data.length + (name === 'bias' ? 0 : (lambda / data.length) * wi);
      const mi = 0.9 * (m.get(name) ?? 0) + 0.1 * g;
      const vi = 0.999 * (v.get(name) ?? 0) + 0.001 * g * g;
      m.set(name, mi);
      v.set(name, vi);
      const mh = mi / (1 - 0.9 ** epoch);
      const vh = vi / (1 - 0.999 ** epoch);
      w.set(name, wi - (rate * mh) / (Math.sqrt(vh) + 1e-8));
    }
  }
  return w;
}

/** Out-of-fold probabilities (deterministic folds by index). */
function crossValidate(data: Example[], lambda: number): number[] {
  const p = new Array<number>(data.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = data.filter((_, i) => i % FOLDS !== k);
    const w = fit(train, vocabulary(train), lambda);
    data.forEach((e, i) => {
      if (i % FOLDS === k) p[i] = score(w, e.x);
    });
  }
  return p;
}

function logLoss(data: Example[], p: number[]): number {
  return -data.reduce((s, e, i) => s + Math.log(e.y ? Math.max(p[i] as number, 1e-9) : Math.max(1 - (p[i] as number), 1e-9)), 0) / data.length;
}

/**
 * Thresholds: below `agree` a pair is an agreement, at or above `disagree` a discrepancy, between
 * them neither. `agree` is the largest value keeping disagree-as-agreement under the cap; `disagree`
 * the smallest value that costs at most as many agree pairs as it wins disagree pairs.
 */
function thresholds(data: Example[], p: number[]): { agree: number; disagree: number } {
  const dis = data.map((e, i) => ({ y: e.y, p: p[i] as number }));
  const nDis = dis.filter((d) => d.y === 1).length;
  let agree = 0;
  for (let t = 0.01; t < 1; t += 0.01) {
    if (dis.filter((d) => d.y === 1 && d.p < t).length / nDis <= MAX_DISAGREE_AS_AGREEMENT) agree = t;
  }
  let disagree = agree;
  let best = -Infinity;
  for (let t = agree; t < 1; t += 0.01) {
    const gain = dis.filter((d) => d.y === 1 && d.p >= t).length - dis.filter((d) => d.y === 0 && d.p >= t).length * 2;
    if (gain > best) {
      best = gain;
      disagree = t;
    }
  }
  return { agree: Math.round(agree * 100) / 100, disagree: Math.round(Math.max(disagree, agree) * 100) / 100 };
}

function report(label: string, data: Example[], p: number[], t: { agree: number; disagree: number }): void {
  const of = (y: 0 | 1) => data.map((e, i) => ({ e, p: p[i] as number })).filter((d) => d.e.y === y);
  const agree = of(0);
  const dis = of(1);
  const share = (xs: { p: number }[], test: (p: number) => boolean) => ((100 * xs.filter((d) => test(d.p)).length) / xs.length).toFixed(1);
  console.log(
    `${label}: agree->agreement ${share(agree, (q) => q < t.agree)}%, disagree->discrepancy ${share(dis, (q) => q >= t.disagree)}%, disagree->agreement ${share(dis, (q) => q < t.agree)}% (log-loss ${logLoss(data, p).toFixed(3)})`,
  );
}

function main(): void {
  const data = examples();
  console.log(`ANS train: ${data.length} agree/disagree pairs, ${data.filter((e) => e.y).length} disagree`);
  let bestLambda = LAMBDAS[0] as number;
  let bestLoss = Infinity;
  let bestP: number[] = [];
  for (const lambda of LAMBDAS) {
    const p = crossValidate(data, lambda);
    const loss = logLoss(data, p);
    console.log(`  lambda ${lambda}: out-of-fold log-loss ${loss.toFixed(4)}`);
    if (loss < bestLoss) {
      bestLoss = loss;
      bestLambda = lambda;
      bestP = p;
    }
  }
  const t = thresholds(data, bestP);
  report(`5-fold CV on train (lambda ${bestLambda}, thresholds ${t.agree}/${t.disagree})`, data, bestP, t);
  const vocab = vocabulary(data);
  const w = fit(data, vocab, bestLambda);
  report('train (fitted on itself, optimistic)', data, data.map((e) => score(w, e.x)), t);
  const weights = Object.fromEntries([...w].filter(([, value]) => Math.abs(value) >= 1e-3).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).map(([n, value]) => [n, Math.round(value * 1e4) / 1e4]));
  console.log(`  ${Object.keys(weights).length} weights; strongest: ${Object.entries(weights).slice(0, 25).map(([n, value]) => `${n} ${value}`).join(', ')}`);
  if (process.argv.includes('--dry-run')) return;
  const model = {
    about: 'Contradiction model of shared/matching/stance.ts, written by bench/train-stance.ts: logistic regression over features.ts, trained on ANS train.csv only (agree = 0, disagree = 1).',
    trainedPairs: data.length,
    lambda: bestLambda,
    thresholds: t,
    weights,
  };
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${OUT}`);
}

main();
