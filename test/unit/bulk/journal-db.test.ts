import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalDb, type JobRow } from '../../../src-main/bulk/journal-db.ts';
import { openDescriptors } from '../../support/open-descriptors.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-journal-db-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const row = (id: string): JobRow => ({
  id,
  state: 'running',
  created_at: 1,
  started_at: 1,
  finished_at: null,
  body: new Uint8Array([1, 2, 3]),
});

describe('the journal database', () => {
  it('a transaction that fails leaves nothing of it behind, and the next one works', () => {
    const db = openJournalDb(path.join(dir, 'bulk-test.db'));
    expect(db.isEmpty()).toBe(true);
    const failure = new Error('sealing failed');
    expect(() =>
      db.transaction(() => {
        db.putJob(row('a'));
        throw failure;
      }),
    ).toThrow(failure);
    expect(db.jobs()).toEqual([]);
    expect(db.isEmpty()).toBe(true);
    db.transaction(() => db.putJob(row('b')));
    expect(db.jobs().map((job) => job.id)).toEqual(['b']);
    expect(db.isEmpty()).toBe(false);
    db.close();
  });

  it('a file that is not a journal database is refused when opened, and not held open', async () => {
    const file = path.join(dir, 'bulk-garbage.db');
    await writeFile(file, 'this is not a database, it is long enough to look like a header to nobody '.repeat(20));
    expect(() => openJournalDb(file)).toThrow();
    const held = openDescriptors(file);
    if (held !== null) expect(held).toBe(0);
  });
});
