import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { QarinStack } from './qarin-stack';

/**
 * Adds the Qarin stack to `app` with cdk-nag's AwsSolutions checks registered, so any unacknowledged
 * finding fails synthesis. Exported so the infra tests check exactly what `cdk synth` builds.
 *
 * The stack is environment-agnostic on purpose (no account/region): `cdk synth` runs offline with no
 * credentials, and the same template deploys to whichever account/region the deploy credentials name.
 */
export function addQarinStack(app: App): QarinStack {
  const stack = new QarinStack(app, 'Qarin', {
    description: 'Qarin: cross-outlet fact and quotation comparison (S3 -> SQS -> Lambda -> DynamoDB -> HTTP API)',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}

if (require.main === module) {
  // The CDK CLI sets CDK_OUTDIR, so the app synthesizes itself when the process exits.
  addQarinStack(new App());
}
