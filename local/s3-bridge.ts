/**
 * Wires s3rver's object changes to the local queue, turning each into the production envelope.
 * Creations come from s3rver's 'event' emitter. Removals come from its store instead: s3rver emits
 * 'ObjectRemoved:Delete' for DeleteObject but nothing at all for DeleteObjects (multi-object delete,
 * which `aws s3 rm --recursive` uses), while real S3 notifies each deleted key. Both code paths in
 * s3rver 3.7.1 go through `store.deleteObject`, and only for keys that existed.
 */
import type S3rver from 's3rver';
import type { LocalQueue } from './local-queue';
import {
  type EnvelopeSettings,
  type ObjectChange,
  type S3rverEvent,
  SequencerClock,
  changesFromS3rver,
  s3NotificationFor,
} from './notifications';

interface DeletingStore {
  deleteObject(bucket: string, key: string): Promise<void>;
  existsObject(bucket: string, key: string): Promise<boolean>;
}

export interface S3Bridge {
  /** Changes seen so far, for logs and tests. */
  readonly forwarded: { created: number; removed: number };
  detach(): void;
}

export function bridgeS3rverToQueue(
  s3rver: S3rver,
  bucket: string,
  queue: LocalQueue,
  settings: EnvelopeSettings,
  log: (message: string, details?: Record<string, unknown>) => void,
): S3Bridge {
  const sequencers = new SequencerClock();
  const forwarded = { created: 0, removed: 0 };

  // The sequencer is minted synchronously when s3rver reports the change, so per-key order is the
  // order in which s3rver applied the writes, as it is for S3's own sequencer.
  const forward = (change: ObjectChange) => {
    const body = JSON.stringify(s3NotificationFor(change, sequencers.next(), settings));
    forwarded[change.kind] += 1;
    queue.send(body);
  };

  const onEvent = (event: S3rverEvent) => {
    try {
      for (const change of changesFromS3rver(event, bucket)) {
        if (change.kind === 'created') forward(change);
      }
    } catch (error) {
      log('could not forward an s3rver event', { error: String(error) });
    }
  };
  const emitter = s3rver as unknown as NodeJS.EventEmitter;
  emitter.on('event', onEvent);

  const store = (s3rver as unknown as { store: DeletingStore }).store;
  const ownDelete = Object.prototype.hasOwnProperty.call(store, 'deleteObject');
  const originalDelete = store.deleteObject;
  store.deleteObject = async function deleteObject(this: DeletingStore, objectBucket: string, key: string) {
    try {
      await originalDelete.call(this, objectBucket, key);
    } finally {
      // s3rver's store can throw after the object is gone: two deletes in one DeleteObjects race to
      // remove their shared, now empty, parent directory (ENOENT). The object is deleted all the same.
      if (objectBucket === bucket && !(await this.existsObject(objectBucket, key))) {
        forward({ kind: 'removed', operation: 'Delete', bucket, key, eventTime: new Date().toISOString(), sourceIp: '127.0.0.1' });
      }
    }
  };

  return {
    forwarded,
    detach() {
      emitter.off('event', onEvent);
      if (ownDelete) store.deleteObject = originalDelete;
      else delete (store as Partial<DeletingStore>).deleteObject;
    },
  };
}
