/**
 * Synthesizes the real app (infra/app.ts: the Qarin stack with cdk-nag registered) for the infra tests,
 * with the feature flags from cdk.json (as the CDK CLI passes them) and esbuild bundling skipped.
 * The built-in CloudFormation (rego) validation is off here: it costs ~7 s per synthesis; `cdk synth` in
 * CI still runs it, and cdk-nag (a user plugin) still runs in every test synthesis.
 * Also a small, deliberately conservative reader of the template's IAM policies.
 */
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import cdkJson from '../../cdk.json';
import { addQarinStack } from '../../infra/app';
import type { QarinStack } from '../../infra/qarin-stack';

export interface SynthesizedQarin {
  app: App;
  stack: QarinStack;
  template: Template;
  /** Logical id in the template of a construct's CloudFormation resource. */
  idOf(construct: IConstruct): string;
}

export function synthQarin(): SynthesizedQarin {
  const app = new App({
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  const stack = addQarinStack(app);
  const template = Template.fromStack(stack);
  const idOf = (construct: IConstruct): string => {
    const element = (construct.node.defaultChild ?? construct) as CfnElement;
    return stack.resolve(element.logicalId) as string;
  };
  return { app, stack, template, idOf };
}

type Json = unknown;
interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: Json;
}

/** Allow statements of every inline policy attached to the role with this logical id. */
export function allowStatementsOfRole(template: Template, roleId: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(`"${roleId}"`))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
    .filter((statement) => statement.Effect === 'Allow');
}

const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

/** IAM action matching: `*` and `?` wildcards, case-insensitive (as IAM does). */
export function actionPatternMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(action);
}

/**
 * Whether the role may perform `action` on the resource with logical id `resourceId`. Over-approximates
 * on purpose (a statement counts if its Resource is `*` or mentions the resource at all), so a `false`
 * answer is a safe "cannot".
 */
export function roleCan(template: Template, roleId: string, action: string, resourceId: string): boolean {
  return allowStatementsOfRole(template, roleId).some((statement) => {
    const resources = JSON.stringify(statement.Resource);
    const coversResource = resources === '"*"' || resources.includes('"*"') || resources.includes(`"${resourceId}"`);
    return coversResource && asList(statement.Action).some((pattern) => actionPatternMatches(pattern, action));
  });
}

/** Every action the role is allowed on the resource (as written in the policy, wildcards kept). */
export function actionsOnResource(template: Template, roleId: string, resourceId: string): string[] {
  return allowStatementsOfRole(template, roleId)
    .filter((statement) => JSON.stringify(statement.Resource).includes(`"${resourceId}"`))
    .flatMap((statement) => asList(statement.Action));
}
