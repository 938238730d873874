/**
 * The in-memory stand-in for one GSI: rows grouped by partition, kept sorted newest first (lazily, after
 * writes), so a page costs a binary search plus the rows it returns, as a DynamoDB Query does; a cursor
 * walk over 10^5 findings stays linear instead of re-sorting the whole store for every page.
 */

export interface ListingEntry<T> {
  /** Base-table key of the row (part of the cursor, like DynamoDB's LastEvaluatedKey). */
  pk: string;
  sk: string;
  /** Index sort key: `<time>#<id>`. */
  sort: string;
  value: T;
}

interface Partition<T> {
  rows: Map<string, ListingEntry<T>>;
  /** Rows in descending order of (sort, pk, sk); null after a write until the next read. */
  sorted: Array<ListingEntry<T>> | null;
}

const rowKey = (pk: string, sk: string): string => `${pk}\u0000${sk}`;

/** Total order of rows within a partition; descending = newest first. */
export const orderOf = (sort: string, pk: string, sk: string): string => `${sort}\u0000${pk}\u0000${sk}`;

export class ListingIndex<T> {
  private readonly partitions = new Map<string, Partition<T>>();

  put(partition: string, entry: ListingEntry<T>): void {
    const p = this.partitions.get(partition) ?? { rows: new Map(), sorted: null };
    p.rows.set(rowKey(entry.pk, entry.sk), entry);
    p.sorted = null;
    this.partitions.set(partition, p);
  }

  remove(partition: string, pk: string, sk: string): void {
    const p = this.partitions.get(partition);
    if (!p?.rows.delete(rowKey(pk, sk))) return;
    p.sorted = null;
    if (p.rows.size === 0) this.partitions.delete(partition);
  }

  /**
   * Up to `limit` rows that pass `keep`, strictly after the row ordered `after` (null: from the newest),
   * and whether any further row passes.
   */
  page(partition: string, after: string | null, limit: number, keep: (value: T) => boolean): { rows: Array<ListingEntry<T>>; more: boolean } {
    const p = this.partitions.get(partition);
    if (!p) return { rows: [], more: false };
    const order = (e: ListingEntry<T>): string => orderOf(e.sort, e.pk, e.sk);
    p.sorted ??= [...p.rows.values()].sort((a, b) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0));
    const sorted = p.sorted;
    // First index whose order is below `after` (the array descends).
    let lo = 0;
    if (after !== null) {
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (order(sorted[mid] as ListingEntry<T>) < after) hi = mid;
        else lo = mid + 1;
      }
    }
    const rows: Array<ListingEntry<T>> = [];
    for (let i = lo; i < sorted.length; i++) {
      const entry = sorted[i] as ListingEntry<T>;
      if (!keep(entry.value)) continue;
      if (rows.length === limit) return { rows, more: true };
      rows.push(entry);
    }
    return { rows, more: false };
  }
}
