/**
 * `npm run soak`: the reliability scenarios of issue 5 at the sizes `npm test` cannot afford, with the
 * same code (test/integration/reliability/scenarios.ts) against dynalite and s3rver on loopback, then the
 * property tests at 10^5 cases. Prints one `figure:` line per scenario and exits non-zero if any fails.
 *
 *   npm run soak                 full sizes (about ten minutes on a 2-core machine)
 *   npm run soak -- --scale 0.1  a tenth of every size (a CI-sized soak, about a minute)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { allowRequireOfMiddy } from '../local/esm-interop';

// The handlers import middy, which publishes ESM only (see local/esm-interop.ts); jest maps it, tsx needs this.
allowRequireOfMiddy(join(__dirname, '..'));

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

async function main(): Promise<number> {
  const scale = option('--scale', 1);
  const size = (n: number, minimum = 1) => Math.max(minimum, Math.round(n * scale));
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const { Lab } = await import('../test/integration/reliability/harness');
  const scenarios = await import('../test/integration/reliability/scenarios');
  const verdict = await import('../test/integration/reliability/figures');

  const results: Array<{ name: string; passes: boolean; seconds: number }> = [];
  type LabType = Awaited<ReturnType<typeof Lab.start>>;
  const run = async (name: string, scenario: (lab: LabType) => Promise<{ line: string; passes: boolean }>) => {
    // A lab per scenario: dynalite keeps every table in memory, and ten thousand ingests fill it.
    const lab = await Lab.start();
    const started = performance.now();
    try {
      const { line, passes } = await scenario(lab);
      results.push({ name, passes, seconds: (performance.now() - started) / 1000 });
      process.stdout.write(`${passes ? 'PASS' : 'FAIL'} ${line}\n`);
    } catch (error) {
      results.push({ name, passes: false, seconds: (performance.now() - started) / 1000 });
      process.stdout.write(`FAIL ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    } finally {
      await lab.stop();
    }
  };

  await run('duplicates', async (lab) =>
    verdict.duplicates(await scenarios.duplicateDelivery(lab, { copies: size(10_000, 100), invocations: 2, batchSize: 10, seed: 11 })),
  );
  await run('ordering', async (lab) => verdict.ordering(await scenarios.versionOrdering(lab, { orders: size(1_000, 8), versions: 10, seed: 12, readDelayMs: 20 })));
  await run('ordering race', async (lab) => {
    const rounds = size(20, 2);
    let worst: { line: string; passes: boolean } | null = null;
    for (let round = 0; round < rounds; round++) {
      const outcome = verdict.race(await scenarios.slowOlderVersion(lab, { stallMs: 100 + 20 * round }));
      if (!outcome.passes || worst === null) worst = outcome;
      if (!outcome.passes) break;
    }
    return { line: `${worst!.line} (${rounds} rounds, stalls 100-${100 + 20 * (rounds - 1)} ms)`, passes: worst!.passes };
  });
  await run('killed half-way', async (lab) => verdict.killed(await scenarios.killHalfway(lab, { timeoutMs: 150 }), 150));
  for (const [seed, throttleRate, unprocessedRate] of [
    [13, 0.2, 0.3],
    [14, 0.4, 0.5],
    // Beyond what the retries absorb: messages park in the DLQ, and a redrive after the incident completes them.
    [15, 0.1, 0.9],
  ] as const) {
    await run(`throttled ${throttleRate}/${unprocessedRate}`, async (lab) => verdict.throttled(await scenarios.throttledIngest(lab, { throttleRate, unprocessedRate, seed })));
  }
  await run('simultaneous', async (lab) => verdict.simultaneous(await scenarios.simultaneousQuote(lab, { runs: size(500, 10), jitterMs: 15, seed: 16 })));

  // The property checks at 10^5 cases each (A10 row 25): the same jest files as npm test, more runs.
  const started = performance.now();
  const properties = spawnSync('npx', ['jest', 'test/unit/reliability/properties.test.ts', 'test/unit/object-events.test.ts', '--silent'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, QARIN_PROPERTY_RUNS: String(size(100_000, 1_000)) },
    stdio: 'inherit',
  });
  const propertiesPass = properties.status === 0;
  results.push({ name: 'properties', passes: propertiesPass, seconds: (performance.now() - started) / 1000 });
  process.stdout.write(`${propertiesPass ? 'PASS' : 'FAIL'} figure: properties — ${size(100_000, 1_000)} cases per property (normalisation, tokens, segmentation, notification parser): ${propertiesPass ? 'violations 0' : 'violations found (see above)'}\n`);

  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  process.stdout.write(`\nsoak (scale ${scale}): ${results.filter((r) => r.passes).length}/${results.length} scenarios pass in ${total.toFixed(0)} s\n`);
  for (const r of results) process.stdout.write(`  ${r.passes ? 'pass' : 'FAIL'} ${r.name.padEnd(24)} ${r.seconds.toFixed(1)} s\n`);
  return results.every((r) => r.passes) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
