import fc from 'fast-check';
import { DynamoDbLeases } from '../../../shared/adapters/dynamodb-leases';
import { DynamoDbStore } from '../../../shared/adapters/dynamodb-store';
import { MemoryLeases } from '../../../shared/leases';
import { compareSequencers, padSequencer } from '../../../shared/object-events';
import type { ArticleLeases } from '../../../shared/ports';
import { type LocalDynamoDb, startDynamoDb } from '../../helpers/emulators';
import { CURSOR_SECRET } from './harness';

let dynamodb: LocalDynamoDb;
let tables = 0;
beforeAll(async () => {
  dynamodb = await startDynamoDb();
});
afterAll(async () => {
  await dynamodb?.stop();
});

const implementations: Array<[string, () => Promise<ArticleLeases>]> = [
  ['DynamoDbLeases on dynalite', async () => new DynamoDbLeases(dynamodb.client, await dynamodb.createTable(`leases-${++tables}`))],
  ['MemoryLeases', async () => new MemoryLeases()],
];

describe.each(implementations)('%s', (_name, make) => {
  it('grants a free lease, refuses it to others until it expires, and lets its owner renew it', async () => {
    // Prepare
    const leases = await make();
    // Act + Assess
    expect(await leases.acquire('a1', 'owner-1', 1_000, 0)).toBe(true);
    expect(await leases.acquire('a1', 'owner-2', 2_000, 500)).toBe(false);
    expect(await leases.acquire('a1', 'owner-1', 3_000, 900)).toBe(true);
    expect(await leases.acquire('a1', 'owner-2', 4_000, 3_000)).toBe(false);
    expect(await leases.acquire('a1', 'owner-2', 4_000, 3_001)).toBe(true);
    expect(await leases.acquire('a2', 'owner-3', 1_000, 3_001)).toBe(true);
  });

  it('is released only by its owner', async () => {
    const leases = await make();
    await leases.acquire('a1', 'owner-1', 10_000, 0);
    await leases.release('a1', 'owner-2');
    expect(await leases.acquire('a1', 'owner-2', 10_000, 1)).toBe(false);
    await leases.release('a1', 'owner-1');
    expect(await leases.acquire('a1', 'owner-2', 10_000, 2)).toBe(true);
  });

  it('goes to exactly one of twenty simultaneous takers', async () => {
    const leases = await make();
    const granted = await Promise.all(Array.from({ length: 20 }, (_, i) => leases.acquire('hot', `owner-${i}`, 10_000, 0)));
    expect(granted.filter(Boolean)).toHaveLength(1);
  });
});

describe('the version claim on dynalite', () => {
  it('agrees with a big-integer oracle on sequencer order, for sequencers of different lengths (property)', async () => {
    // Prepare: DynamoDB compares the padded strings; S3 prescribes right-pad then compare (A1)
    const store = new DynamoDbStore(dynamodb.client, await dynamodb.createTable(`versions-${++tables}`), { cursorSecret: CURSOR_SECRET });
    const oracle = (s: string) => BigInt(`0x${s.padEnd(32, '0')}`);
    const hex = fc.stringMatching(/^[0-9A-Fa-f]{1,24}$/);
    let pairs = 0;
    let disagreements = 0;

    // Act: claim a, then b, on a key of their own
    await fc.assert(
      fc.asyncProperty(hex, hex, async (a, b) => {
        const article = `art-${++pairs}`;
        await store.claimObjectVersion(article, padSequencer(a));
        const second = await store.claimObjectVersion(article, padSequencer(b));
        const expected = oracle(b.toUpperCase()) > oracle(a.toUpperCase()) ? 'new' : oracle(b.toUpperCase()) === oracle(a.toUpperCase()) ? 'same' : 'stale';
        if (second !== expected || Math.sign(compareSequencers(a, b)) !== Math.sign(Number(oracle(a.toUpperCase()) - oracle(b.toUpperCase())))) disagreements += 1;
        return second === expected;
      }),
      { seed: 20151126, numRuns: 80, examples: [['0055AED6DCD90281E5', '0055AED6DCD90281E500'], ['0055AED6DCD90281E5', '0055AED6DCD90281E501'], ['FF', '100'], ['abc', 'ABC']] },
    );

    // Assess
    console.log(`figure: sequencer order (store) — ${pairs} pairs claimed on dynalite vs BigInt oracle: disagreements ${disagreements}`);
    expect(disagreements).toBe(0);
  });
});
