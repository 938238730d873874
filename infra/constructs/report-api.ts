import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_FUNCTION, ENV, ROUTES } from '../resources';
import { QarinFunction } from './qarin-function';

export interface ReportApiProps {
  readonly table: dynamodb.ITableV2;
  /** Environment shared by every function (e.g. the cursor secret that functions/config.ts requires). */
  readonly sharedEnvironment?: Record<string, string>;
}

/**
 * The analysts' read side: an HTTP API (payload v2) in front of one api function.
 *
 * - Every route from infra/resources.ts ROUTES requires IAM (SigV4) authorization, except routes marked
 *   `public` (the health probe), which get an explicit NONE authorizer so the exception is visible.
 * - The function can only read the table (no write actions, no S3): a bug or injection in the API path
 *   cannot alter findings or articles.
 * - Stage-level throttling caps what a leaked credential or a runaway client can cost; HTTP APIs have no
 *   usage plans or WAF (reliability notes A6).
 */
export class ReportApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly apiFunction: QarinFunction;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ReportApiProps) {
    super(scope, id);

    this.apiFunction = new QarinFunction(this, 'Handler', {
      entry: 'functions/api.ts',
      description: 'Qarin API: articles, per-article reports and the findings feed (read-only)',
      serviceName: 'qarin-api',
      timeout: Duration.seconds(API_FUNCTION.timeoutSeconds),
      memorySize: API_FUNCTION.memoryMb,
      environment: { ...props.sharedEnvironment, [ENV.tableName]: props.table.tableName },
    });
    props.table.grantReadData(this.apiFunction);

    this.api = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Qarin report API (IAM-authorized)',
      defaultAuthorizer: new HttpIamAuthorizer(),
      createDefaultStage: false,
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.THREE_MONTHS });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        // HTTP API context variables; the caller's IAM identity shows who read what.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTimeEpoch',
            ip: '$context.identity.sourceIp',
            caller: '$context.identity.userArn',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            responseLength: '$context.responseLength',
            authorizerError: '$context.authorizer.error',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    const integration = new HttpLambdaIntegration('Lambda', this.apiFunction);
    for (const route of ROUTES) {
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [apigw.HttpMethod[route.method]],
        integration,
        ...(route.public ? { authorizer: new apigw.HttpNoneAuthorizer() } : {}),
      });
      if (route.public && created) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is the unauthenticated health probe; it returns a fixed status and reads no data.`,
        });
      }
    }

    const tableId = Stack.of(this).resolve((props.table.node.defaultChild as dynamodb.CfnGlobalTable).logicalId) as string;
    Validations.of(this.apiFunction.role!).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`,
      reason: 'grantReadData covers the table GSIs (feed, outlet) the API pages through; read-only and only this table.',
    });
  }

  /** The invoke URL of the default stage (no trailing path). */
  get url(): string {
    return this.stage.url;
  }
}
