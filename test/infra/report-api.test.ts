import { Match } from 'aws-cdk-lib/assertions';
import { ENV, ROUTES } from '../../infra/resources';
import { actionPatternMatches, actionsOnResource, allowStatementsOfRole, roleCan, type SynthesizedQarin, synthQarin } from './qarin-app';

let qarin: SynthesizedQarin;
beforeAll(() => {
  qarin = synthQarin();
});

const routesOfApi = () => {
  const apiId = qarin.idOf(qarin.stack.reportApi.api);
  return Object.values(qarin.template.findResources('AWS::ApiGatewayV2::Route'))
    .map((route) => route.Properties)
    .filter((properties) => JSON.stringify(properties.ApiId) === JSON.stringify({ Ref: apiId }));
};

describe('ReportApi routes', () => {
  it('serves exactly the routes declared in infra/resources.ts', () => {
    // Prepare
    const declared = ROUTES.map((route) => `${route.method} ${route.path}`).sort();

    // Act
    const deployed = routesOfApi().map((route) => route.RouteKey as string).sort();

    // Assess
    expect(deployed).toEqual(declared);
  });

  it('requires IAM authorization on every route except the public ones (the health probe)', () => {
    // Prepare
    const routes = routesOfApi();

    for (const declared of ROUTES) {
      // Act
      const route = routes.find((candidate) => candidate.RouteKey === `${declared.method} ${declared.path}`);

      // Assess
      expect({ route: route?.RouteKey, auth: route?.AuthorizationType }).toEqual({
        route: `${declared.method} ${declared.path}`,
        auth: declared.public ? 'NONE' : 'AWS_IAM',
      });
    }
    expect(ROUTES.filter((route) => route.public).map((route) => route.path)).toEqual(['/health']);
  });

  it('sends every route to the api function', () => {
    // Prepare
    const functionArn = { 'Fn::GetAtt': [qarin.idOf(qarin.stack.reportApi.apiFunction), 'Arn'] };
    const integrations = qarin.template.findResources('AWS::ApiGatewayV2::Integration');

    for (const route of routesOfApi()) {
      // Act
      const integrationId = (route.Target['Fn::Join'][1] as Array<{ Ref?: string }>).find((part) => part.Ref)?.Ref ?? '';

      // Assess
      expect(integrations[integrationId]?.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', IntegrationUri: functionArn, PayloadFormatVersion: '2.0' });
    }
  });

  it('logs every request of the stage to a log group with retention, and throttles the stage', () => {
    // Prepare
    const logGroupId = qarin.idOf(qarin.stack.reportApi.accessLogs);

    // Act / Assess
    qarin.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      ApiId: { Ref: qarin.idOf(qarin.stack.reportApi.api) },
      StageName: '$default',
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [logGroupId, 'Arn'] }, Format: Match.stringLikeRegexp('\\$context\\.requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
    });
    expect(qarin.template.findResources('AWS::Logs::LogGroup')[logGroupId]?.Properties.RetentionInDays).toBeGreaterThan(0);
  });
});

describe('ReportApi function permissions', () => {
  const readOnly = /^dynamodb:(BatchGetItem|GetItem|Query|Scan|ConditionCheckItem|DescribeTable|GetRecords|GetShardIterator)$/;
  const writes = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete', 'dynamodb:DeleteTable'];

  it('may only read the table', () => {
    // Prepare
    const roleId = qarin.idOf(qarin.stack.reportApi.apiFunction.role!);
    const tableId = qarin.idOf(qarin.stack.store.table);

    // Act
    const actions = actionsOnResource(qarin.template, roleId, tableId);
    const writesAllowed = writes.filter((action) => roleCan(qarin.template, roleId, action, tableId));

    // Assess
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    expect(actions.filter((action) => !readOnly.test(action))).toEqual([]);
    expect(writesAllowed).toEqual([]);
  });

  it('has no S3 permission at all', () => {
    // Prepare
    const roleId = qarin.idOf(qarin.stack.reportApi.apiFunction.role!);
    const bucketId = qarin.idOf(qarin.stack.intake.bucket);

    // Act
    const s3Actions = allowStatementsOfRole(qarin.template, roleId)
      .flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]))
      .filter((action) => actionPatternMatches(action, 's3:GetObject') || action.toLowerCase().startsWith('s3:'));

    // Assess
    expect(s3Actions).toEqual([]);
    expect(roleCan(qarin.template, roleId, 's3:GetObject', bucketId)).toBe(false);
  });

  it('gets the table name but not the bucket name, under the names from infra/resources.ts', () => {
    // Prepare
    const api = qarin.template.findResources('AWS::Lambda::Function')[qarin.idOf(qarin.stack.reportApi.apiFunction)];

    // Act
    const variables = api?.Properties.Environment.Variables;

    // Assess
    expect(variables[ENV.tableName]).toEqual({ Ref: qarin.idOf(qarin.stack.store.table) });
    expect(variables[ENV.bucketName]).toBeUndefined();
  });
});
