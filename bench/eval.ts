/**
 * `npm run eval`: precision and recall per finding kind on (a) the team's labelled pairs, (b) the seed
 * articles and the team's sample articles with the team's labels, all through the ingest code path, and
 * (c) the ANS dev headline pairs. `--check` exits 1 when a figure falls below its floor (or above its
 * ceiling) in test/eval/floors.json; `--verbose` lists every miss and false alarm; `--write-floors`
 * rewrites the floors just under (or over) the figures measured now.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AnsReport, evaluateAns } from './eval-ans';
import { type ArticlesReport, evaluateArticles } from './eval-articles';
import { type Expected, KINDS, type Tally } from './eval-harness';
import { type PairsReport, evaluatePairs } from './eval-pairs';

const ROOT = resolve(__dirname, '..');
const EVAL_DIR = join(ROOT, 'test/eval');
const FLOORS = join(EVAL_DIR, 'floors.json');
const ANS_DEV = resolve(ROOT, '../shared/corpus/ans/dev.csv');

interface Floors {
  min: Record<string, number>;
  max: Record<string, number>;
}

/** The issue's ANS targets: printed beside the figures, and once a figure meets one, its floor (or ceiling) never lets it slip back past it. */
const TARGETS_MIN: Record<string, number> = { 'ans.agreeAsAgreement': 0.75, 'ans.disagreeAsDiscrepancy': 0.6 };
const TARGETS_MAX: Record<string, number> = { 'ans.disagreeAsAgreement': 0.1 };

/** Figures the check compares, by name; `max` names are ceilings (lower is better). */
const CEILINGS = new Set(['ans.disagreeAsAgreement', 'seeds.falseDiscrepancies', 'samples.falseDiscrepancies']);

const pct = (x: number | null) => (x === null ? '   - ' : `${(100 * x).toFixed(1).padStart(5)}`);

function tallyFigures(prefix: string, tally: Tally, figures: Map<string, number>): void {
  for (const kind of [...KINDS, 'none'] as Expected[]) {
    const c = tally.counts.get(kind);
    if (!c) continue;
    // No prediction of a kind means no false alarm of it (precision 1); nothing to find, nothing missed.
    figures.set(`${prefix}.${kind}.precision`, tally.precision(kind) ?? 1);
    figures.set(`${prefix}.${kind}.recall`, tally.recall(kind) ?? 1);
  }
}

function row(kind: string, tallies: Tally[]): string {
  const cells = tallies.map((t) => {
    const c = t.counts.get(kind as Expected);
    const n = c ? c.tp + c.fn : 0;
    return `${pct(t.precision(kind as Expected))} ${pct(t.recall(kind as Expected))} ${String(n).padStart(4)}`;
  });
  return `${kind.padEnd(15)}${cells.map((c) => c.padEnd(24)).join('')}`;
}

function printTable(pairs: PairsReport, seeds: ArticlesReport, samples: ArticlesReport, ans: AnsReport, ms: number): void {
  const out: string[] = [];
  out.push('Qarin evaluation — precision / recall (%) per finding kind, n = expected findings of that kind');
  out.push(`${''.padEnd(15)}${'(a) team pairs'.padEnd(24)}${'(b) seed articles'.padEnd(24)}${'(b) team samples'.padEnd(24)}`);
  out.push(`${'kind'.padEnd(15)}${'    P     R    n'.padEnd(24).repeat(3)}`);
  for (const kind of [...KINDS, 'none']) out.push(row(kind, [pairs.tally, seeds.tally, samples.tally]));
  out.push('');
  out.push(`(a) ${pairs.outcomes.length} pairs: spelling-only variants reported as agreement ${pct(pairs.spelling)}%, traps as agreement ${pct(pairs.traps)}%, right speaker on quote findings ${pct(pairs.speakers)}%`);
  for (const [name, report] of [['seeds', seeds], ['samples', samples]] as const) {
    const required = report.labels.filter((l) => !l.label.optional);
    const falseDiscrepancies = report.unlabelled.filter((f) => f.kind !== 'agreement').length + report.labels.filter((l) => l.verdict === 'wrong-kind' && l.finding?.kind !== 'agreement').length;
    out.push(
      `(b) ${name}: ${required.filter((l) => l.verdict === 'hit').length}/${required.length} required labels found with the right kind and speaker (${pct(report.required)}%), ` +
        `${report.labels.filter((l) => l.label.optional && l.verdict === 'hit').length}/${report.labels.filter((l) => l.label.optional).length} optional, ` +
        `${falseDiscrepancies} false discrepancies, ${report.unlabelled.filter((f) => f.kind === 'agreement').length} unlabelled agreements`,
    );
  }
  out.push('');
  out.push(`(c) ANS dev, ${ans.pairs} headline pairs              measured   target`);
  const target = (value: number) => `${Math.round(value * 100)}%`;
  out.push(`    agree pairs recognised as agreement       ${pct(ans.agreeAsAgreement)}%   >= ${target(TARGETS_MIN['ans.agreeAsAgreement'] as number)}`);
  out.push(`    disagree pairs flagged with a discrepancy ${pct(ans.disagreeAsDiscrepancy)}%   >= ${target(TARGETS_MIN['ans.disagreeAsDiscrepancy'] as number)}`);
  out.push(`    disagree pairs reported as agreement      ${pct(ans.disagreeAsAgreement)}%   <= ${target(TARGETS_MAX['ans.disagreeAsAgreement'] as number)}`);
  out.push(`    3-class macro-F1 (agree/disagree/other)   ${pct(ans.macroF1)}    (corpus paper BERT: 76.7)`);
  out.push(`    ${Object.entries(ans.confusion).map(([stance, kinds]) => `${stance}: ${Object.entries(kinds).sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`).join(' | ')}`);
  out.push('');
  out.push(`eval finished in ${(ms / 1000).toFixed(1)} s`);
  console.log(out.join('\n'));
}

function printDetails(pairs: PairsReport, reports: Array<[string, ArticlesReport]>): void {
  const out: string[] = ['', '--- details ---'];
  for (const o of pairs.outcomes) {
    if (o.found === o.pair.kind && o.speakerRight !== false) continue;
    out.push(`[pair ${o.pair.id}] expected ${o.pair.kind}, found ${o.found}${o.speakerRight === false ? ' (wrong speaker)' : ''}`);
    for (const f of o.findings) out.push(`    ${f.kind}: ${f.explanation} [${f.claim.speaker ?? '-'} / ${f.counterpart.speaker ?? '-'}]`);
  }
  for (const [name, report] of reports) {
    for (const l of report.labels) {
      if (l.verdict === 'hit') continue;
      const f = l.finding;
      out.push(`[${name}] ${l.verdict}: expected ${l.label.kind ?? l.label.kinds?.join('/')} ${l.label.a.outlet} "${l.label.a.fragment}" ~ ${l.label.b.outlet} "${l.label.b.fragment}"${f ? ` -> ${f.kind}: ${f.explanation} [${f.claim.speaker ?? '-'} / ${f.counterpart.speaker ?? '-'}]` : ''}`);
    }
    for (const f of report.unlabelled) {
      out.push(`[${name}] unlabelled ${f.kind}: ${f.explanation}\n    ${f.claim.outlet}: ${(f.claim.quote ?? f.claim.text).slice(0, 140)}\n    ${f.counterpart.outlet}: ${(f.counterpart.quote ?? f.counterpart.text).slice(0, 140)}`);
    }
  }
  console.log(out.join('\n'));
}

function figuresOf(pairs: PairsReport, seeds: ArticlesReport, samples: ArticlesReport, ans: AnsReport): Map<string, number> {
  const figures = new Map<string, number>();
  tallyFigures('pairs', pairs.tally, figures);
  figures.set('pairs.spelling', pairs.spelling);
  figures.set('pairs.traps', pairs.traps);
  figures.set('pairs.speakers', pairs.speakers);
  for (const [name, report] of [['seeds', seeds], ['samples', samples]] as const) {
    tallyFigures(name, report.tally, figures);
    figures.set(`${name}.required`, report.required);
    figures.set(`${name}.falseDiscrepancies`, report.unlabelled.filter((f) => f.kind !== 'agreement').length + report.labels.filter((l) => l.verdict === 'wrong-kind' && l.finding?.kind !== 'agreement').length);
  }
  figures.set('ans.agreeAsAgreement', ans.agreeAsAgreement);
  figures.set('ans.disagreeAsDiscrepancy', ans.disagreeAsDiscrepancy);
  figures.set('ans.disagreeAsAgreement', ans.disagreeAsAgreement);
  figures.set('ans.macroF1', ans.macroF1);
  return figures;
}

/** Floors a little under the measured figures (ceilings a little over), so noise-free code changes pass and regressions fail. */
function floorsFrom(figures: Map<string, number>): Floors {
  const floors: Floors = { min: {}, max: {} };
  for (const [name, value] of figures) {
    if (CEILINGS.has(name)) {
      const ceiling = name.endsWith('falseDiscrepancies') ? value : Math.round((value + 0.01) * 1000) / 1000;
      const target = TARGETS_MAX[name];
      floors.max[name] = target !== undefined && value <= target ? Math.min(ceiling, target) : ceiling;
    } else {
      const floor = Math.max(0, Math.floor((value - 0.01) * 1000) / 1000);
      const target = TARGETS_MIN[name];
      floors.min[name] = target !== undefined && value >= target ? Math.max(floor, target) : floor;
    }
  }
  return floors;
}

function check(figures: Map<string, number>): string[] {
  const floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Floors;
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(floors.min)) {
    const value = figures.get(name);
    if (value === undefined) failures.push(`${name}: no longer measured (floor ${floor})`);
    else if (value < floor) failures.push(`${name}: ${value.toFixed(3)} < floor ${floor}`);
  }
  for (const [name, ceiling] of Object.entries(floors.max)) {
    const value = figures.get(name);
    if (value === undefined) failures.push(`${name}: no longer measured (ceiling ${ceiling})`);
    else if (value > ceiling) failures.push(`${name}: ${value.toFixed(3)} > ceiling ${ceiling}`);
  }
  return failures;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const started = Date.now();
  const pairs = await evaluatePairs(EVAL_DIR);
  const seeds = await evaluateArticles(ROOT, join(EVAL_DIR, 'seed-labels.json'));
  const samples = await evaluateArticles(ROOT, join(EVAL_DIR, 'sample-labels.json'));
  const ans = evaluateAns(ANS_DEV);
  printTable(pairs, seeds, samples, ans, Date.now() - started);
  if (args.has('--verbose')) printDetails(pairs, [['seeds', seeds], ['samples', samples]]);
  const figures = figuresOf(pairs, seeds, samples, ans);
  if (args.has('--write-floors')) {
    writeFileSync(FLOORS, `${JSON.stringify(floorsFrom(figures), null, 2)}\n`);
    console.log(`floors written to ${FLOORS}`);
  }
  if (args.has('--check')) {
    const failures = check(figures);
    if (failures.length > 0) {
      console.error(`eval check failed:\n  ${failures.join('\n  ')}`);
      process.exit(1);
    }
    console.log('eval check: every figure at or above its floor');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
