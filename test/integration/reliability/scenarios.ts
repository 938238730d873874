/**
 * The reliability scenarios of issue 5 as functions of their size, shared by `npm test` (small N, in
 * test/integration/reliability/*.test.ts) and `npm run soak` (bench/soak.ts, large N). Each runs the real
 * ingest handler against dynalite and s3rver, compares the final table with a clean run, and returns the
 * figures the test asserts and prints. Nothing here asserts: a soak run and a jest run judge the same numbers.
 */
export * from './common';
export * from './delivery';
export * from './failures';
export * from './versions';
