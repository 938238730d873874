import { ENV } from '../../infra/resources';
import { type SynthesizedQarin, synthQarin } from './qarin-app';

let qarin: SynthesizedQarin;
beforeAll(() => {
  qarin = synthQarin();
});

const qarinFunctions = () => [
  { name: 'ingest', construct: qarin.stack.intake.ingestFunction },
  { name: 'api', construct: qarin.stack.reportApi.apiFunction },
];

describe('QarinFunction defaults', () => {
  it('runs both functions on arm64 with a Node.js 22 or 24 runtime', () => {
    for (const { name, construct } of qarinFunctions()) {
      // Prepare / Act
      const properties = qarin.template.findResources('AWS::Lambda::Function')[qarin.idOf(construct)]?.Properties;

      // Assess
      expect({ name, architectures: properties?.Architectures, runtime: properties?.Runtime }).toEqual({
        name,
        architectures: ['arm64'],
        runtime: expect.stringMatching(/^nodejs(22|24)\.x$/),
      });
    }
  });

  it('logs to an own log group with retention and sets the Powertools variables', () => {
    for (const { construct } of qarinFunctions()) {
      // Prepare
      const properties = qarin.template.findResources('AWS::Lambda::Function')[qarin.idOf(construct)]?.Properties;
      const logGroupId = properties?.LoggingConfig?.LogGroup?.Ref as string;

      // Act
      const logGroup = qarin.template.findResources('AWS::Logs::LogGroup')[logGroupId];

      // Assess
      expect(logGroup?.Properties.RetentionInDays).toBeGreaterThan(0);
      expect(properties?.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^qarin-/),
        POWERTOOLS_LOG_LEVEL: expect.stringMatching(/^(DEBUG|INFO|WARN|ERROR)$/),
      });
    }
  });

  it('gives both functions the cursor secret as a deploy-time dynamic reference, never a literal', () => {
    for (const { construct } of qarinFunctions()) {
      // Prepare
      const properties = qarin.template.findResources('AWS::Lambda::Function')[qarin.idOf(construct)]?.Properties;

      // Act
      const value = JSON.stringify(properties?.Environment.Variables[ENV.cursorSecret]);

      // Assess
      expect(value).toContain('{{resolve:secretsmanager:');
      expect(value).toContain(qarin.idOf(qarin.stack.node.findChild('CursorSecret')));
    }
  });

  it('uses only environment variable names that infra/resources.ts or the runtime libraries define', () => {
    // Prepare
    const known = new Set<string>([...Object.values(ENV), 'POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL', 'NODE_OPTIONS']);

    for (const { construct } of qarinFunctions()) {
      // Act
      const names = Object.keys(qarin.template.findResources('AWS::Lambda::Function')[qarin.idOf(construct)]?.Properties.Environment.Variables);

      // Assess
      expect(names.filter((name) => !known.has(name))).toEqual([]);
    }
  });

  it('gives the roles no managed policy, only their own inline grants', () => {
    for (const { construct } of qarinFunctions()) {
      // Prepare / Act
      const role = qarin.template.findResources('AWS::IAM::Role')[qarin.idOf(construct.role!)];

      // Assess
      expect(role?.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});
