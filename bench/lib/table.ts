/** The bench's output: one Markdown table, every figure from the same run, and the notes that qualify them. */

export interface Row {
  section: string;
  figure: string;
  measured: string;
  /** The same-run baseline the ratio is taken against, if any. */
  baseline?: string;
  ratio?: string;
  target?: string;
  /** true/false when there is a target; undefined when the row is informative only. */
  met?: boolean;
}

const cell = (text: string | undefined): string => (text ?? '').replace(/\|/g, '\\|');

export function renderTable(rows: readonly Row[]): string {
  const lines = ['| | Figure | Measured | Baseline (same run) | Ratio | Target | Met |', '|---|---|---|---|---|---|---|'];
  let section = '';
  for (const row of rows) {
    const head = row.section !== section ? `**${row.section}**` : '';
    section = row.section;
    const met = row.met === undefined ? '' : row.met ? 'yes' : '**no**';
    lines.push(`| ${head} | ${cell(row.figure)} | ${cell(row.measured)} | ${cell(row.baseline)} | ${cell(row.ratio)} | ${cell(row.target)} | ${met} |`);
  }
  return lines.join('\n');
}

export const fmt = {
  int: (n: number): string => Math.round(n).toLocaleString('en-US'),
  num: (n: number, digits = 1): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  pct: (n: number, digits = 1): string => `${(n * 100).toFixed(digits)}%`,
  kb: (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`,
  x: (n: number): string => `${n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 1 : 2)}×`,
  usd: (n: number): string => `$${n.toFixed(3)}`,
  pow: (n: number): string => {
    const exp = Math.log10(n);
    return Number.isInteger(exp) ? `10^${exp}` : n.toLocaleString('en-US');
  },
};
