import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type IngestDeps, ingestObjectEvent } from '../shared/ingest';
import { loadConfig } from './config';
import { parseS3Notification } from './s3-event';
import { createIngestDeps, logger } from './wiring';

/** Builds the SQS batch handler around given dependencies (tests pass real adapters on loopback). */
export function createIngestHandler(deps: IngestDeps) {
  const processor = new BatchProcessor(EventType.SQS);
  const processRecord = async (record: SQSRecord): Promise<void> => {
    for (const event of parseS3Notification(record.body)) {
      const outcome = await ingestObjectEvent(event, deps);
      logger.info('object event processed', { messageId: record.messageId, key: event.key, ...outcome });
    }
  };
  return middy<SQSEvent, SQSBatchResponse, Error, Context>()
    .use(injectLambdaContext(logger))
    .handler((event, context) => processPartialResponse(event, processRecord, processor, { context }));
}

let coldHandler: ReturnType<typeof createIngestHandler> | undefined;

export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  coldHandler ??= createIngestHandler(createIngestDeps(loadConfig()));
  return coldHandler(event, context);
};
