/**
 * Trains the contradiction model (shared/matching/stance.ts) on the ANS **train** split only and writes
 * its weights to shared/matching/stance-weights.json. L2-regularised logistic regression over the pair
 * features of features.ts: disagree = 1, agree = 0 (the few `other` pairs are left out: they are
 * unrelated headlines, which relatedness, not this model, turns away).
 *
 * The model is trained on the pairs it is actually asked about: each pair runs through compareClaims
 * with the model's verdict replaced (overrideStance), which records the features the model would see
 * and the finding each verdict would lead to. Pairs the typed checks (negation, number, date, name) or
 * relatedness settle never reach the model and are left out. Regularisation, the rare-word cut and
 * the two thresholds are chosen by 5-fold cross-validation on train (out-of-fold probabilities), the
 * thresholds on the end-to-end outcome the eval counts; dev is never looked at here.
 *
 *   npx tsx bench/train-stance.ts            # train, print CV figures, write the weights
 *   npx tsx bench/train-stance.ts --dry-run  # print only
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Features } from '../shared/matching/features';
import { classifyPair } from '../shared/matching/evaluate';
import { overrideStance, type Stance } from '../shared/matching/stance';
import { readAns } from './eval-ans';

const ROOT = resolve(__dirname, '..');
const TRAIN = resolve(ROOT, '../shared/corpus/ans/train.csv');
const OUT = process.env.STANCE_OUT ?? resolve(ROOT, 'shared/matching/stance-weights.json');
/** A word feature is kept when at least this many training pairs have it (rarer words are memorised, not learned); chosen by CV. */
const MIN_WORD_PAIRS = (process.env.STANCE_MIN_PAIRS ?? '5,10,20').split(',').map(Number);
const LAMBDAS = (process.env.STANCE_LAMBDAS ?? '1,2,3,10').split(',').map(Number);
const EPOCHS = 300;
const FOLDS = 5;
/** Another deterministic split into folds (STANCE_FOLD_SEED=1, 2 ...), to see how much a CV difference is the split's luck. */
const FOLD_SEED = Number(process.env.STANCE_FOLD_SEED ?? 0);
const foldOf = (i: number) => (FOLD_SEED === 0 ? i : Math.imul(i + 1, 2654435761 + 2 * FOLD_SEED) >>> 0) % FOLDS;
/** End-to-end share of disagree pairs reported as agreement the agree threshold is fitted to: the issue's 10 % less a margin. */
const MAX_DISAGREE_AS_AGREEMENT = Number(process.env.STANCE_CAP ?? 0.09);
/** A false discrepancy on an agree pair costs this many discrepancies found (a false alarm costs an analyst more than a miss). */
const AGREEMENT_COST = 2;

/** One train pair: what the model sees (null when it is never asked) and the finding kind under each verdict. */
interface Pair {
  stance: 'agree' | 'disagree' | 'other';
  x: Features | null;
  kinds: Record<Stance, string>;
}

interface Example {
  x: Features;
  y: 0 | 1;
}

function pairs(): Pair[] {
  const out = readAns(TRAIN).map((row) => {
    let x: Features | null = null;
    const kinds = {} as Record<Stance, string>;
    for (const verdict of ['agree', 'unsure', 'contradict'] as const) {
      overrideStance((features) => {
        x = features;
        return verdict;
      });
      kinds[verdict] = classifyPair(row.s1, row.s2) ?? 'null';
    }
    return { stance: row.stance, x: x as Features | null, kinds };
  });
  overrideStance(null);
  return out;
}

function vocabulary(data: Example[], minPairs: number): string[] {
  const count = new Map<string, number>();
  for (const e of data) for (const name of e.x.keys()) count.set(name, (count.get(name) ?? 0) + 1);
  const lexical = (name: string) => /^[a-z]:/u.test(name);
  return [...count].filter(([name, n]) => !lexical(name) || n >= minPairs).map(([name]) => name);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function score(w: Map<string, number>, x: Features): number {
  let z = 0;
  for (const [name, value] of x) z += (w.get(name) ?? 0) * value;
  return sigmoid(z);
}

/** Full-batch Adam on the mean log-loss plus lambda/n * ||w||^2 / 2 (the bias is not penalised). */
function fit(data: Example[], vocab: string[], lambda: number): Map<string, number> {
  const index = new Map(vocab.map((name, i) => [name, i]));
  const rows = data.map((e) => {
    const at: number[] = [];
    const value: number[] = [];
    for (const [name, v] of e.x) {
      const i = index.get(name);
      if (i !== undefined) {
        at.push(i);
        value.push(v);
      }
    }
    return { at, value, y: e.y };
  });
  const n = vocab.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const bias = index.get('bias');
  const rate = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(n);
    for (const r of rows) {
      let z = 0;
      for (let k = 0; k < r.at.length; k++) z += (w[r.at[k] as number] as number) * (r.value[k] as number);
      const err = sigmoid(z) - r.y;
      for (let k = 0; k < r.at.length; k++) grad[r.at[k] as number] = (grad[r.at[k] as number] as number) + err * (r.value[k] as number);
    }
    for (let i = 0; i < n; i++) {
      const wi = w[i] as number;
      const g = (grad[i] as number) / rows.length + (i === bias ? 0 : (lambda / rows.length) * wi);
      const mi = 0.9 * (m[i] as number) + 0.1 * g;
      const vi = 0.999 * (v[i] as number) + 0.001 * g * g;
      m[i] = mi;
      v[i] = vi;
      w[i] = wi - (rate * (mi / (1 - 0.9 ** epoch))) / (Math.sqrt(vi / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  return new Map(vocab.map((name, i) => [name, w[i] as number]));
}

/** Out-of-fold probabilities (deterministic folds by index). */
function crossValidate(data: Example[], lambda: number, minPairs: number): number[] {
  const p = new Array<number>(data.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = data.filter((_, i) => foldOf(i) !== k);
    const w = fit(train, vocabulary(train, minPairs), lambda);
    data.forEach((e, i) => {
      if (foldOf(i) === k) p[i] = score(w, e.x);
    });
  }
  return p;
}

function logLoss(data: Example[], p: number[]): number {
  return -data.reduce((s, e, i) => s + Math.log(e.y ? Math.max(p[i] as number, 1e-9) : Math.max(1 - (p[i] as number), 1e-9)), 0) / data.length;
}

interface Outcome {
  agreeAsAgreement: number;
  agreeAsDiscrepancy: number;
  disagreeAsDiscrepancy: number;
  disagreeAsAgreement: number;
}

/** What the eval would count on these pairs with probabilities `p` (null: the model is not asked) and thresholds `t`. */
function endToEnd(all: Pair[], p: Array<number | null>, t: { agree: number; disagree: number }): Outcome {
  let agree = 0;
  let agreeOk = 0;
  let falseAlarm = 0;
  let disagree = 0;
  let caught = 0;
  let missed = 0;
  all.forEach((pair, i) => {
    const q = p[i];
    const kind = q === null || q === undefined ? pair.kinds.unsure : q < t.agree ? pair.kinds.agree : q >= t.disagree ? pair.kinds.contradict : pair.kinds.unsure;
    if (pair.stance === 'agree') {
      agree++;
      if (kind === 'agreement') agreeOk++;
      else if (kind !== 'null') falseAlarm++;
    } else if (pair.stance === 'disagree') {
      disagree++;
      if (kind === 'agreement') missed++;
      else if (kind !== 'null') caught++;
    }
  });
  return { agreeAsAgreement: agreeOk / agree, agreeAsDiscrepancy: falseAlarm / agree, disagreeAsDiscrepancy: caught / disagree, disagreeAsAgreement: missed / disagree };
}

/**
 * Thresholds: below `agree` a pair is an agreement, at or above `disagree` a discrepancy, between
 * them neither. `agree` is the largest value keeping disagree-as-agreement (end to end) under the cap;
 * `disagree` the value that wins the most discrepancies for the false alarms it costs.
 */
function thresholds(all: Pair[], p: Array<number | null>): { agree: number; disagree: number } {
  let agree = 0;
  for (let t = 0.005; t < 1; t += 0.005) if (endToEnd(all, p, { agree: t, disagree: 1.01 }).disagreeAsAgreement <= MAX_DISAGREE_AS_AGREEMENT) agree = t;
  const nAgree = all.filter((x) => x.stance === 'agree').length;
  const nDisagree = all.filter((x) => x.stance === 'disagree').length;
  let disagree = agree;
  let best = -Infinity;
  for (let t = agree; t < 1.005; t += 0.005) {
    const o = endToEnd(all, p, { agree, disagree: t });
    const gain = o.disagreeAsDiscrepancy * nDisagree - o.agreeAsDiscrepancy * nAgree * AGREEMENT_COST;
    if (gain > best) {
      best = gain;
      disagree = t;
    }
  }
  return { agree: Math.round(agree * 1000) / 1000, disagree: Math.round(Math.max(disagree, agree) * 1000) / 1000 };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function report(label: string, o: Outcome, loss: number): void {
  console.log(`${label}: agree->agreement ${pct(o.agreeAsAgreement)}, agree->discrepancy ${pct(o.agreeAsDiscrepancy)}, disagree->discrepancy ${pct(o.disagreeAsDiscrepancy)}, disagree->agreement ${pct(o.disagreeAsAgreement)} (log-loss ${loss.toFixed(3)})`);
}

function main(): void {
  const all = pairs();
  const asked = all.map((pair, i) => ({ pair, i })).filter(({ pair }) => pair.x !== null && pair.stance !== 'other');
  const data: Example[] = asked.map(({ pair }) => ({ x: pair.x as Features, y: pair.stance === 'disagree' ? 1 : 0 }));
  console.log(`ANS train: ${all.length} pairs, ${data.length} reach the model (${data.filter((e) => e.y).length} disagree)`);
  const spread = (p: number[]) => {
    const out: Array<number | null> = all.map(() => null);
    asked.forEach(({ i }, k) => {
      out[i] = p[k] as number;
    });
    return out;
  };
  let best = { lambda: LAMBDAS[0] as number, minPairs: MIN_WORD_PAIRS[0] as number, loss: Infinity, p: [] as number[] };
  for (const minPairs of MIN_WORD_PAIRS) {
    for (const lambda of LAMBDAS) {
      const p = crossValidate(data, lambda, minPairs);
      const loss = logLoss(data, p);
      console.log(`  lambda ${lambda}, words in >= ${minPairs} pairs: out-of-fold log-loss ${loss.toFixed(4)}`);
      if (loss < best.loss) best = { lambda, minPairs, loss, p };
    }
  }
  const t = thresholds(all, spread(best.p));
  report(`5-fold CV on train, end to end (lambda ${best.lambda}, words in >= ${best.minPairs} pairs, thresholds ${t.agree}/${t.disagree})`, endToEnd(all, spread(best.p), t), best.loss);
  const w = fit(data, vocabulary(data, best.minPairs), best.lambda);
  const fitted = data.map((e) => score(w, e.x));
  report('train (fitted on itself, optimistic)', endToEnd(all, spread(fitted), t), logLoss(data, fitted));
  const weights = Object.fromEntries([...w].filter(([, value]) => Math.abs(value) >= 1e-3).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).map(([n, value]) => [n, Math.round(value * 1e4) / 1e4]));
  console.log(`  ${Object.keys(weights).length} weights; strongest: ${Object.entries(weights).slice(0, 25).map(([n, value]) => `${n} ${value}`).join(', ')}`);
  if (process.argv.includes('--dry-run')) return;
  const model = {
    about: 'Contradiction model of shared/matching/stance.ts, written by bench/train-stance.ts: logistic regression over features.ts, trained on the ANS train.csv pairs that reach the model (agree = 0, disagree = 1).',
    trainedPairs: data.length,
    lambda: best.lambda,
    minWordPairs: best.minPairs,
    thresholds: t,
    weights,
  };
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${OUT}`);
}

main();
