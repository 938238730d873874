import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ArticleBusyError, type IngestDeps, ingestObjectEvent } from '../shared/ingest';
import { loadConfig } from './config';
import { parseS3Notification } from './s3-event';
import { createIngestDeps, logger } from './wiring';

/**
 * Builds the SQS batch handler around given dependencies (tests pass real adapters on loopback).
 * A record fails alone (partial batch response): a poison body, an infrastructure error after the SDK's
 * retries, or a key another ingest held too long. Its article leases last until this invocation's own
 * deadline (from the Lambda context) plus a margin, so a lease held by a killed invocation frees itself soon
 * after: the invocation must really be over by then, hence no early timeout below.
 */
export function createIngestHandler(deps: IngestDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  // No early timeout: middy would otherwise answer 5 ms before the deadline while the ingest runs on in
  // this container (resuming at the next invocation, after its lease has expired: writes interleaved with a
  // retry). Lambda's own timeout kills the invocation and resets the environment, which the lease relies on.
  return middy<SQSEvent, SQSBatchResponse, Error, Context>({ timeoutEarlyInMillis: 0 })
    .use(injectLambdaContext(logger))
    .handler((event, context) => {
      const invocation: IngestDeps = { ...deps, deadlineMs: Date.now() + context.getRemainingTimeInMillis() };
      const processRecord = async (record: SQSRecord): Promise<void> => {
        for (const objectEvent of parseS3Notification(record.body)) {
          try {
            const outcome = await ingestObjectEvent(objectEvent, invocation);
            logger.info('object event processed', { messageId: record.messageId, key: objectEvent.key, ...outcome });
          } catch (error) {
            if (error instanceof ArticleBusyError) logger.warn('article busy; message handed back', { messageId: record.messageId, key: objectEvent.key });
            throw error;
          }
        }
      };
      return processPartialResponse(event, processRecord, processor, { context });
    });
}

let coldHandler: ReturnType<typeof createIngestHandler> | undefined;

export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  coldHandler ??= createIngestHandler(createIngestDeps(loadConfig()));
  return coldHandler(event, context);
};
