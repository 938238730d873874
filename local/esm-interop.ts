/**
 * Lets this CommonJS project `require` middy under tsx, as jest.config.js's moduleNameMapper does for the
 * tests. middy 7 publishes ESM only and its package.json "exports" offers only an "import" condition, so
 * Node's require() stops at resolution: `No "exports" main defined in .../@middy/core/package.json`.
 * Resolving to the package's index.js by path skips that check; Node >= 20.19 then loads the ESM file
 * through require(esm). The Lambda bundles do not need this: esbuild resolves the "import" condition.
 */
import Module from 'node:module';
import { join } from 'node:path';

const MIDDY = /^@middy\/([a-z0-9-]+)$/;

type Resolve = (this: unknown, request: string, ...rest: unknown[]) => string;

let installed = false;

/** Idempotent; affects only `@middy/<package>` requests. */
export function allowRequireOfMiddy(repoRoot: string): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as { _resolveFilename: Resolve };
  const original = loader._resolveFilename;
  loader._resolveFilename = function resolveFilename(this: unknown, request: string, ...rest: unknown[]): string {
    const match = MIDDY.exec(request);
    if (match?.[1]) return join(repoRoot, 'node_modules', '@middy', match[1], 'index.js');
    return original.call(this, request, ...rest);
  };
}
