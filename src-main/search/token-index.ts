/**
 * A sorted list of (token, row) pairs: every row whose token starts with a prefix is one binary search away, and how
 * many there are is a second one. 100,000 numbers answer a keystroke in microseconds.
 */
export interface TokenIndex<T> {
  /** How many tokens start with the prefix. */
  count(prefix: string): number;
  /** The first `limit` entries whose token starts with the prefix, in token order. */
  find(prefix: string, limit: number): T[];
}

function lowerBound(tokens: readonly string[], key: string): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createTokenIndex<T>(entries: readonly (readonly [string, T])[]): TokenIndex<T> {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const tokens = sorted.map(([token]) => token);
  const values = sorted.map(([, value]) => value);
  // Every token that starts with the prefix sorts below prefix + the highest code unit.
  const range = (prefix: string): [number, number] => [
    lowerBound(tokens, prefix),
    lowerBound(tokens, `${prefix}\uffff`),
  ];
  return {
    count(prefix) {
      if (prefix === '') return 0;
      const [from, to] = range(prefix);
      return to - from;
    },
    find(prefix, limit) {
      if (prefix === '') return [];
      const [from, to] = range(prefix);
      return values.slice(from, Math.min(to, from + limit));
    },
  };
}
