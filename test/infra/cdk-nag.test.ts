import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { type SynthesizedQarin, synthQarin } from './qarin-app';

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

/** Every `Validations.of(x).acknowledge(...)` in the app, read back from construct metadata. */
function acknowledgementsOf(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

/** What AwsSolutions reports when acknowledgements are ignored: [rule id with finding, construct path]. */
function rawFindings(root: IConstruct): Array<{ id: string; path: string; severity: string }> {
  const checks = new AwsSolutionsChecks();
  // Private in the typings; overriding it is the only way to see acknowledged findings too.
  (checks as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
  return checks.validateScope(root).violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({
      id: violation.ruleName,
      path: resource.constructPath ?? resource.resourceLogicalId ?? '(unknown)',
      severity: violation.severity ?? 'error',
    })),
  );
}

let qarin: SynthesizedQarin;
beforeAll(() => {
  qarin = synthQarin();
});

describe('cdk-nag AwsSolutions on the Qarin app', () => {
  it('synthesizes with zero unacknowledged errors or warnings', () => {
    // Prepare
    const { app } = qarin;

    // Act
    const assembly = app.synth({ force: true });
    const report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'));
    const violations = report.pluginReports.flatMap((plugin: { violations: Array<{ ruleName: string; severity: string }> }) => plugin.violations);

    // Assess
    expect(violations.map((v: { ruleName: string; severity: string }) => `${v.severity} ${v.ruleName}`)).toEqual([]);
  });

  it('fails synthesis when a resource breaks a rule (the checks are really wired in)', () => {
    // Prepare
    const { app, stack } = synthQarin();
    new s3.Bucket(stack, 'UnloggedPlainBucket');

    // Act
    const synth = () => app.synth({ force: true });

    // Assess
    expect(synth).toThrow(/AwsSolutions-S1[\s\S]*UnloggedPlainBucket/);
  });

  it('acknowledges only findings that really occur, each under the acknowledging construct', () => {
    // Prepare
    const { app } = qarin;
    const findings = rawFindings(app);

    // Act
    const stale = acknowledgementsOf(app).filter(
      (ack) => !findings.some((finding) => finding.id === ack.id && (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`))),
    );

    // Assess
    expect(findings.length).toBeGreaterThan(0);
    expect(stale).toEqual([]);
  });

  it('gives every acknowledgement a specific written reason, and IAM5 ones finding by finding', () => {
    // Prepare
    const { app } = qarin;

    // Act
    const acknowledgements = acknowledgementsOf(app);

    // Assess
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const ack of acknowledgements) {
      expect({ id: ack.id, long: ack.reason.trim().length >= 40 }).toEqual({ id: ack.id, long: true });
      if (ack.id.startsWith('AwsSolutions-IAM5')) expect(ack.id).toMatch(/^AwsSolutions-IAM5\[(Action|Resource)::.+\]$/);
    }
    expect(new Set(acknowledgements.map((ack) => ack.reason)).size).toBe(acknowledgements.length);
  });
});
