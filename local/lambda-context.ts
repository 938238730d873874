/**
 * The invocation context Lambda passes with each event. Powertools' logger and batch processor read
 * it (request id, function name, remaining time), so the local runtime hands over a faithful one.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { LOCAL } from '../infra/resources';

export interface FunctionSettings {
  functionName: string;
  timeoutSeconds: number;
  memoryMb: number;
}

/** A fresh context per invocation; `getRemainingTimeInMillis` counts down from the function's timeout. */
export function lambdaContextFactory(settings: FunctionSettings): () => Context {
  const arn = `arn:aws:lambda:${LOCAL.region}:000000000000:function:${settings.functionName}`;
  return () => {
    const deadline = Date.now() + settings.timeoutSeconds * 1000;
    const unsupported = () => {
      throw new Error('Deprecated Lambda context callbacks are not supported');
    };
    return {
      callbackWaitsForEmptyEventLoop: true,
      functionName: settings.functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn: arn,
      memoryLimitInMB: String(settings.memoryMb),
      awsRequestId: randomUUID(),
      logGroupName: `/aws/lambda/${settings.functionName}`,
      logStreamName: `local/[$LATEST]${randomUUID().replace(/-/g, '')}`,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: unsupported,
      fail: unsupported,
      succeed: unsupported,
    };
  };
}
