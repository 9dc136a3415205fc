import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Prepares each SQL text once per connection and reuses it: hot paths (a write per bulk operation) stay cheap. */
export function preparedStatements(db: DatabaseSync): (sql: string) => StatementSync {
  const statements = new Map<string, StatementSync>();
  return (sql) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = db.prepare(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  };
}

/**
 * The sealed "key check" record of a store encrypted with a keychain key: opening it tells a wrong key apart from a
 * damaged file. `table` is a name/value table of the store's own schema.
 */
export function keyCheckRecord(
  statement: (sql: string) => StatementSync,
  table: 'info' | 'cache_info',
): { readKeyCheck(): Uint8Array | null; writeKeyCheck(sealed: Uint8Array): void } {
  return {
    readKeyCheck() {
      // as bytes whatever was stored: a damaged value of another type fails the check like any wrong bytes, and
      // node:sqlite would throw reading an integer beyond 2^53 instead of giving it
      const row = statement(`SELECT CAST(value AS BLOB) AS value FROM ${table} WHERE name = 'key-check'`).get() as
        { value: Uint8Array } | undefined;
      return row?.value ?? null;
    },
    writeKeyCheck(sealed) {
      statement(`INSERT OR REPLACE INTO ${table} (name, value) VALUES ('key-check', ?)`).run(sealed);
    },
  };
}
