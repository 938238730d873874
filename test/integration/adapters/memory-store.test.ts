import { MemoryStore } from '../../../shared/adapters/memory-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('MemoryStore', {
  create: async (options) => new MemoryStore({ cursorSecret: 'memory-store-test-secret', ...options }),
});
