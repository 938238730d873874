import * as path from 'node:path';
import type { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** Repository root, so entries are named like `functions/ingest.ts` whatever the caller's folder. */
const REPO_ROOT = path.join(__dirname, '..', '..');

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/**
 * esbuild options of every Qarin function (see the class comment for why each is set). Exported so that
 * `npm run bench` builds the bundles it measures exactly as `cdk synth` does.
 */
export const QARIN_BUNDLING = {
  minify: true,
  sourceMap: true,
  sourceMapMode: SourceMapMode.EXTERNAL,
  sourcesContent: false,
  target: 'node24',
  format: OutputFormat.CJS,
  mainFields: ['module', 'main'],
  externalModules: ['@aws-sdk/*'],
} as const;

export interface QarinFunctionProps {
  /** Handler file relative to the repository root, e.g. `functions/ingest.ts` (must export `handler`). */
  readonly entry: string;
  readonly description: string;
  /** POWERTOOLS_SERVICE_NAME: the `service` key on every log line. */
  readonly serviceName: string;
  readonly timeout: Duration;
  readonly memorySize: number;
  readonly environment?: Record<string, string>;
  /** @default INFO */
  readonly logLevel?: LogLevel;
  /** @default THREE_MONTHS */
  readonly logRetention?: logs.RetentionDays;
  /**
   * X-Ray active tracing. Off by default: nothing in the handlers emits subsegments yet, and the managed
   * X-Ray statement is `Resource: *` (one more IAM5 acknowledgement for no signal).
   * @default false
   */
  readonly tracing?: boolean;
}

/**
 * A Lambda function with Qarin's defaults, so each capability states only what differs.
 *
 * - **Runtime `nodejs24.x`, arm64.** The pinned aws-cdk-lib (2.276) knows `NODEJS_24_X`, so cdk-nag's L1
 *   ("latest runtime") passes without an acknowledgement, and 24.x is supported a year longer than 22.x.
 *   middy 7 requires Node >= 22; the handlers are async (24.x dropped callback handlers). arm64 (Graviton)
 *   is ~20% cheaper per GB-second for this pure-JS, CPU-bound text work.
 * - **Bundled locally by esbuild** (the `esbuild` devDependency; without it CDK would try Docker):
 *   minified CJS, `target: node24`, `mainFields: module,main` so ESM builds of zod/powertools tree-shake.
 *   Source maps are written without `sourcesContent` (small) and enabled with `--enable-source-maps`, so
 *   stack traces in the logs name our .ts lines.
 * - **`@aws-sdk/*` is NOT bundled**: the handlers use the SDK v3 that the Node.js runtime ships. Bundling
 *   the pinned clients would make the code byte-for-byte reproducible, but measured on these handlers it
 *   adds ~480 KB minified to ingest (DynamoDB + S3 clients) and ~330 KB to api, against budgets of
 *   ingest <= 1 MB and api <= 300 KB. The code only uses long-stable client APIs, so the runtime's (newer)
 *   SDK is a safe dependency; revisit if a handler ever needs a specific SDK fix.
 * - **Own log group with retention** (instead of the implicit never-expiring `/aws/lambda/<name>`), and an
 *   own role whose only base permission is writing to that log group (a grant), instead of the managed
 *   AWSLambdaBasicExecutionRole, which may create and write *any* log group in the account (cdk-nag IAM4).
 * - **Powertools environment**: `POWERTOOLS_SERVICE_NAME` and `POWERTOOLS_LOG_LEVEL` (Powertools 2.x reads
 *   it first and falls back to the older `LOG_LEVEL`).
 */
export class QarinFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: QarinFunctionProps) {
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
    });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${id}: its own log group plus the grants of its capability`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: path.join(REPO_ROOT, props.entry),
      handler: 'handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      role,
      logGroup,
      tracing: props.tracing ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      projectRoot: REPO_ROOT,
      bundling: { ...QARIN_BUNDLING, mainFields: [...QARIN_BUNDLING.mainFields], externalModules: [...QARIN_BUNDLING.externalModules] },
    });
  }
}
