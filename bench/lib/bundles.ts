/**
 * Each Lambda's bundle as `cdk synth` builds it (esbuild with QARIN_BUNDLING from the construct: minified
 * CJS for node24, AWS SDK external, external source map) and its module load time: a fresh `node` process
 * requires the bundle with the function's NODE_OPTIONS (--enable-source-maps), timed inside the process,
 * median of several. The SDK is resolved from node_modules here, from the runtime on Lambda.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { QARIN_BUNDLING } from '../../infra/constructs/qarin-function';
import { REPO_ROOT } from '../../local/stack';
import { median } from './random';

export const FUNCTIONS = [
  { name: 'ingest', entry: 'functions/ingest.ts', budgetBytes: 1024 * 1024 },
  { name: 'api', entry: 'functions/api.ts', budgetBytes: 300 * 1024 },
] as const;

export interface Bundle {
  name: string;
  bytes: number;
  budgetBytes: number;
  loadMs: number;
  /** Largest contributors to the minified output (package or folder -> bytes). */
  largest: Array<[string, number]>;
}

export async function measureBundles(loads: number): Promise<Bundle[]> {
  const out: Bundle[] = [];
  const root = join(REPO_ROOT, '.bench', 'bundles');
  await rm(root, { recursive: true, force: true });
  for (const fn of FUNCTIONS) {
    const dir = join(root, fn.name);
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'index.js');
    const result = await build({
      entryPoints: [join(REPO_ROOT, fn.entry)],
      outfile: file,
      bundle: true,
      platform: 'node',
      minify: QARIN_BUNDLING.minify,
      sourcemap: QARIN_BUNDLING.sourceMap ? 'external' : false,
      sourcesContent: QARIN_BUNDLING.sourcesContent,
      target: QARIN_BUNDLING.target,
      format: 'cjs',
      mainFields: [...QARIN_BUNDLING.mainFields],
      external: [...QARIN_BUNDLING.externalModules],
      metafile: true,
      logLevel: 'error',
    });
    const contributions = new Map<string, number>();
    for (const output of Object.values(result.metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');
        contributions.set(pkg, (contributions.get(pkg) ?? 0) + bytesInOutput);
      }
    }
    const times: number[] = [];
    const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
    for (let i = 0; i < loads; i++) {
      const stdout = execFileSync(process.execPath, ['-e', script], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: '--enable-source-maps', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        encoding: 'utf8',
      });
      times.push(Number(stdout));
    }
    out.push({
      name: fn.name,
      bytes: (await stat(file)).size,
      budgetBytes: fn.budgetBytes,
      loadMs: median(times),
      largest: [...contributions].sort((a, b) => b[1] - a[1]).slice(0, 3),
    });
  }
  return out;
}
