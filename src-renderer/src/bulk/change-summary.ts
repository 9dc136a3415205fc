import type { BulkOperation, BulkValue } from '../../../src-preload/contract/index.ts';

/** The rows going from one old value (empty: null) of a field to one new value. */
export interface FromCount {
  value: string | null;
  count: number;
}

/** Every change of one field to one new value, by old value: "118 empty, 40 IT, 22 Sales → Logistiek-NL". */
export interface ChangeGroup {
  field: string;
  to: string | null;
  total: number;
  /** The most frequent old values, most first. */
  from: FromCount[];
  /** Rows whose old value is one of the others, and how many other values that is. */
  others: { rows: number; values: number };
}

const text = (value: BulkValue): string | null => (value === null || value === '' ? null : String(value));

/**
 * The preview's changes grouped by field and new value, largest group first; within a group, by old value. Cut at
 * `maxGroups` groups (the rest is counted) and `maxFrom` old values per group.
 */
export function summarizeChanges(
  operations: readonly BulkOperation[],
  maxGroups = 5,
  maxFrom = 4,
): { groups: ChangeGroup[]; moreGroups: number } {
  const groups = new Map<
    string,
    { field: string; to: string | null; total: number; from: Map<string | null, number> }
  >();
  for (const op of operations)
    for (const change of op.changes) {
      const to = text(change.new);
      const key = JSON.stringify([change.field, to]);
      let group = groups.get(key);
      if (!group) {
        group = { field: change.field, to, total: 0, from: new Map() };
        groups.set(key, group);
      }
      group.total += 1;
      const from = text(change.old);
      group.from.set(from, (group.from.get(from) ?? 0) + 1);
    }
  const sorted = [...groups.values()].sort(
    (a, b) => b.total - a.total || (a.to ?? '').localeCompare(b.to ?? '') || a.field.localeCompare(b.field),
  );
  return {
    groups: sorted.slice(0, maxGroups).map((group) => {
      const from = [...group.from]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value ?? '').localeCompare(b.value ?? ''));
      const rest = from.slice(maxFrom);
      return {
        field: group.field,
        to: group.to,
        total: group.total,
        from: from.slice(0, maxFrom),
        others: { rows: rest.reduce((sum, entry) => sum + entry.count, 0), values: rest.length },
      };
    }),
    moreGroups: Math.max(0, sorted.length - maxGroups),
  };
}
