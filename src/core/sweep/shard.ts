/**
 * Shard k of n (k from 1) takes a contiguous block of the work items (chunks of runs, or
 * points of a sweep): items [⌊(k−1)·total/n⌋, ⌊k·total/n⌋). Blocks cover every item once
 * whatever total and n are, and the merge puts them back in order.
 */
export interface Shard {
  k: number;
  n: number;
}

export function shardRange(total: number, shard: Shard): { from: number; to: number } {
  return { from: Math.floor(((shard.k - 1) * total) / shard.n), to: Math.floor((shard.k * total) / shard.n) };
}

/** `k/n` → a shard, or undefined when it is not two whole numbers with 1 ≤ k ≤ n. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n && n <= 10_000 ? { k, n } : undefined;
}
