import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { keyCheckRecord, preparedStatements } from '../../../src-main/storage/sqlite-helpers.ts';

const open: DatabaseSync[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function database(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec(`
    CREATE TABLE info (name TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE cache_info (name TEXT PRIMARY KEY, value BLOB NOT NULL);
  `);
  open.push(db);
  return db;
}

describe('prepared statements', () => {
  it('prepares each SQL text once per connection and hands back the same statement', () => {
    const db = database();
    const statement = preparedStatements(db);
    const insert = statement('INSERT INTO info (name, value) VALUES (?, ?)');
    expect(statement('INSERT INTO info (name, value) VALUES (?, ?)')).toBe(insert);
    const count = statement('SELECT COUNT(*) AS n FROM info');
    expect(count).not.toBe(insert);
    insert.run('a', Buffer.from([1]));
    insert.run('b', Buffer.from([2]));
    expect(count.get()).toEqual({ n: 2 });
    // another connection has its own statements
    expect(preparedStatements(database())('SELECT COUNT(*) AS n FROM info')).not.toBe(count);
  });
});

describe('the key check record', () => {
  it.each(['info', 'cache_info'] as const)('is absent until written, then reads back what was sealed (%s)', (table) => {
    const db = database();
    const record = keyCheckRecord(preparedStatements(db), table);
    expect(record.readKeyCheck()).toBeNull();
    record.writeKeyCheck(Uint8Array.from([1, 2, 3]));
    expect(Array.from(record.readKeyCheck()!)).toEqual([1, 2, 3]);
    // written again (a new key): replaced, not added
    record.writeKeyCheck(Uint8Array.from([9]));
    expect(Array.from(record.readKeyCheck()!)).toEqual([9]);
    expect(db.prepare(`SELECT name FROM ${table}`).all()).toEqual([{ name: 'key-check' }]);
    const other = table === 'info' ? 'cache_info' : 'info';
    expect(db.prepare(`SELECT COUNT(*) AS n FROM ${other}`).get()).toEqual({ n: 0 });
  });

  it('ignores the other records of the table', () => {
    const db = database();
    db.prepare(`INSERT INTO info (name, value) VALUES ('schema', ?)`).run(Buffer.from([7]));
    expect(keyCheckRecord(preparedStatements(db), 'info').readKeyCheck()).toBeNull();
  });
});
