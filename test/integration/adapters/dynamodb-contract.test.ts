import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { describeStoreContract } from './store-contract';

let dynamodb: LocalDynamoDb;
let tables = 0;

describeStoreContract('DynamoDbStore on dynalite', {
  setup: async () => {
    dynamodb = await startDynamoDb();
  },
  teardown: async () => {
    await dynamodb.stop();
  },
  // A fresh table per test: isolation without deleting items one by one.
  create: async (options) => {
    const table = await dynamodb.createTable(`qarin-contract-${++tables}`);
    return new DynamoDbStore(dynamodb.client, table, { cursorSecret: 'dynamodb-store-test-secret', ...options });
  },
});
