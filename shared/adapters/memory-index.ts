/**
 * The in-memory candidate index: index key -> the claims filed under it, read with DynamoDbStore's cap
 * (the `cap` newest entries by indexEntrySortKey, the order a descending base-table Query returns them in).
 *
 * Sized for benchmarks at 10^6 claims x a few dozen keys: under LSH almost every bucket holds one or two
 * entries, so a single entry is stored bare, a small bucket is a plain array (a Map per bucket measured ~2x
 * the heap) and a big one gains an id set; and its capped view is kept current on insert, because a hot boilerplate bucket is
 * written between almost every two reads and re-sorting 10^4 entries per read is a cost DynamoDB lacks.
 */

/** What an index entry holds; one object per claim and scope, shared by all its buckets. */
export interface StoredRef {
  /** indexEntrySortKey: scope (if any), write time, claim id. */
  order: string;
  claimId: string;
  articleId: string;
  outlet: string;
  /** encodeSignature form, as in DynamoDB's `g` attribute. */
  signature: Uint8Array;
}

interface Bucket {
  key: string;
  refs: StoredRef[];
  /** Claim ids present, once the bucket is too big for a linear membership scan. */
  ids: Set<string> | null;
  /** The `cap` highest refs by order, descending; null until the first read or after a delete or rewrite. */
  capped: StoredRef[] | null;
}

const SET_THRESHOLD = 32;

const isBucket = (entry: StoredRef | Bucket): entry is Bucket => 'refs' in entry;
const newestFirst = (a: StoredRef, b: StoredRef): number => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0);

export class CandidateIndex {
  /** A lone entry is kept bare; a second one turns it into a Bucket. */
  private readonly buckets = new Map<string, StoredRef | Bucket>();

  constructor(private readonly cap: number) {}

  /** Files `ref` under `indexKey` (replacing an entry for the same claim); returns a key string to keep. */
  add(indexKey: string, ref: StoredRef): string {
    const entry = this.buckets.get(indexKey);
    if (!entry || (!isBucket(entry) && entry.claimId === ref.claimId)) {
      this.buckets.set(indexKey, ref);
      return indexKey;
    }
    let bucket: Bucket;
    if (isBucket(entry)) bucket = entry;
    else {
      bucket = { key: indexKey, refs: [entry], ids: null, capped: null };
      this.buckets.set(indexKey, bucket);
    }
    const present = bucket.ids ? bucket.ids.has(ref.claimId) : bucket.refs.some((r) => r.claimId === ref.claimId);
    if (present) {
      const at = bucket.refs.findIndex((r) => r.claimId === ref.claimId);
      bucket.refs[at] = ref;
      bucket.capped = null; // its order may have changed (rewritten later)
      return bucket.key;
    }
    bucket.refs.push(ref);
    if (bucket.ids) bucket.ids.add(ref.claimId);
    else if (bucket.refs.length > SET_THRESHOLD) bucket.ids = new Set(bucket.refs.map((r) => r.claimId));
    if (bucket.capped) this.insertCapped(bucket.capped, ref);
    return bucket.key;
  }

  remove(indexKey: string, claimId: string): void {
    const bucket = this.buckets.get(indexKey);
    if (!bucket) return;
    if (!isBucket(bucket)) {
      if (bucket.claimId === claimId) this.buckets.delete(indexKey);
      return;
    }
    const at = bucket.refs.findIndex((r) => r.claimId === claimId);
    if (at < 0) return;
    bucket.refs[at] = bucket.refs[bucket.refs.length - 1] as StoredRef;
    bucket.refs.pop();
    bucket.ids?.delete(claimId);
    bucket.capped = null;
    if (bucket.refs.length === 0) this.buckets.delete(indexKey);
  }

  /**
   * At most `cap` refs, newest first; with a scope range, only refs whose sort key lies in it, compared as
   * DynamoDB compares the sort key of a BETWEEN condition (scopeRangeBounds).
   */
  lookup(indexKey: string, bounds: { lower: string; upper: string } | null = null): readonly StoredRef[] {
    const bucket = this.buckets.get(indexKey);
    if (!bucket) return [];
    const inRange = (r: StoredRef) => bounds === null || (r.order >= bounds.lower && r.order <= bounds.upper);
    if (!isBucket(bucket)) return inRange(bucket) ? [bucket] : [];
    bucket.capped ??= [...bucket.refs].sort(newestFirst).slice(0, this.cap);
    if (bounds === null) return bucket.capped;
    // Nothing above the range: the refs in it are a prefix of the newest-first order, so the capped view,
    // cut at the range's lower end, is exactly its newest `cap`. Otherwise (a lookup of past weeks) sort.
    const top = bucket.capped[0];
    if (top === undefined || top.order <= bounds.upper) return bucket.capped.filter(inRange);
    return bucket.refs.filter(inRange).sort(newestFirst).slice(0, this.cap);
  }

  size(indexKey: string): number {
    const bucket = this.buckets.get(indexKey);
    return bucket === undefined ? 0 : isBucket(bucket) ? bucket.refs.length : 1;
  }

  private insertCapped(capped: StoredRef[], ref: StoredRef): void {
    let lo = 0;
    let hi = capped.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((capped[mid] as StoredRef).order > ref.order) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.cap) return;
    capped.splice(lo, 0, ref);
    if (capped.length > this.cap) capped.pop();
  }
}
