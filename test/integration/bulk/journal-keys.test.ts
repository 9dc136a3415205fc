import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealText } from '../../../src-main/cache/sealed-text.ts';
import { journalFile, journalKeyAccount } from '../../../src-main/bulk/index.ts';
import { journalStamp, readJournalReadOnly } from '../../../src-main/bulk/journal-load.ts';
import { KEY_CHECK } from '../../../src-main/bulk/journal.ts';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import { dutch, english } from '../../support/ui-text.ts';
import { bulkFixture, closeDemos, jwtClient, startBulkDemo, type BulkFixture, type Demo } from './helpers.ts';
import { openDescriptors } from '../../support/open-descriptors.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

/** Opens an engine on the fixture's journal, runs a one-number job unless `jobs` is 0, and closes it. */
async function writeJournal(demo: Demo, jobs: 0 | 1): Promise<void> {
  fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
  const engine = await fixture.open(jwtClient(demo));
  if (jobs === 1) {
    const phone = demo.data.phoneNumbers.all()[0]!;
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: [phone['@id']],
      params: { value: 'CC-KEYS' },
    });
    engine.start(plan.jobId, { expectedCount: 1 });
    await engine.whenDone(plan.jobId);
  }
  await engine.close();
}

/** Runs SQL on the journal file, as a damaged disk or another program might have changed it. */
function alterJournal(sql: string, ...params: Uint8Array[]): void {
  const db = new DatabaseSync(journalFile(fixture.dir, fixture.profileId));
  db.prepare(sql).run(...params);
  db.close();
}

const setAside = async (): Promise<boolean> =>
  (await readdir(fixture.dir)).some((name) => name.includes('.unreadable-'));
const notices = () => fixture.events.filter((event) => event.type === 'notice');
const readOnly = () => readJournalReadOnly({ dir: fixture.dir, profileId: fixture.profileId, vault: fixture.vault });
const stampNow = () => journalStamp({ dir: fixture.dir, profileId: fixture.profileId, vault: fixture.vault });

describe('the journal key', () => {
  it('a journal sealed with another key is set aside with a notice, even one that holds no job yet', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 0);
    await fixture.vault.set(journalKeyAccount(fixture.profileId), randomBytes(32).toString('base64'));
    expect(await readOnly()).toEqual({ ok: false, problem: 'wrong-key' });

    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list()).toEqual([]);
    expect(notices()).toHaveLength(1);
    expect(await setAside()).toBe(true);
    // the unreadable journal was closed before it was set aside
    for (const name of (await readdir(fixture.dir)).filter((n) => n.includes('.unreadable-'))) {
      const held = openDescriptors(path.join(fixture.dir, name));
      if (held !== null) expect(held, name).toBe(0);
    }
  });

  it('a journal sealed with another key that another program holds open is set aside with its log and its index', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    const file = journalFile(fixture.dir, fixture.profileId);
    // a backup tool or a second copy of the app with the journal open: its log and index stay while it holds them
    const holder = new DatabaseSync(file);
    holder.exec("PRAGMA wal_autocheckpoint = 0; INSERT OR REPLACE INTO info (name, value) VALUES ('late', x'00')");
    await fixture.vault.set(journalKeyAccount(fixture.profileId), randomBytes(32).toString('base64'));

    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list()).toEqual([]);
    const kept = (await readdir(fixture.dir)).filter((name) => name.includes('.unreadable-'));
    const stamp = /\.unreadable-(\d+)$/.exec(kept.find((name) => /\.unreadable-\d+$/.test(name)) ?? '')?.[1];
    expect(stamp).toBeDefined();
    expect(kept.sort()).toEqual(
      ['', '-shm', '-wal'].map((suffix) => `${path.basename(file)}.unreadable-${stamp}${suffix}`),
    );
    await engine.close();
    holder.close();
  });

  it('a journal kept without a write-ahead log (written where WAL is refused) is read for the history all the same', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    // as a file system without shared memory leaves it: the rollback journal instead of the log
    const db = new DatabaseSync(journalFile(fixture.dir, fixture.profileId));
    db.exec('PRAGMA journal_mode = DELETE');
    db.close();
    const read = await readOnly();
    expect(read).toMatchObject({ ok: true, damaged: 0, jobs: [{ job: { state: 'completed' } }] });
  });

  it('a journal file that is no database (a damaged disk) is set aside with a notice, and bulk work goes on', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 0);
    await writeFile(journalFile(fixture.dir, fixture.profileId), 'not a journal: damaged '.repeat(64));

    await writeJournal(demo, 1);
    expect(notices()).toHaveLength(1);
    expect(await setAside()).toBe(true);
    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list().map((job) => job.state)).toEqual(['completed']);
    await engine.close();
  });

  it('a journal with a damaged page is set aside with a notice, closed first, and a new history starts', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    const file = journalFile(fixture.dir, fixture.profileId);
    const bytes = await readFile(file);
    // every page after the first (the schema) overwritten: opening works, reading the key check does not
    bytes.fill(0xa5, 4096);
    await writeFile(file, bytes);

    await writeJournal(demo, 0);
    expect(notices()).toHaveLength(1);
    expect(await setAside()).toBe(true);
    for (const name of (await readdir(fixture.dir)).filter((n) => n.includes('.unreadable-'))) {
      const held = openDescriptors(path.join(fixture.dir, name));
      if (held !== null) expect(held, name).toBe(0);
    }
    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list()).toEqual([]);
    await engine.close();
  });

  it('a journal cut short in the middle of a page (a copy or a disk that stopped) is set aside, and a new history starts', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    await truncate(journalFile(fixture.dir, fixture.profileId), 4096 + 100);

    await writeJournal(demo, 0);
    expect(notices()).toHaveLength(1);
    expect(await setAside()).toBe(true);
    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list()).toEqual([]);
    await engine.close();
  });

  it('a journal another program holds locked is not set aside: the start is refused, saying so, and the history stays', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    const holder = new DatabaseSync(journalFile(fixture.dir, fixture.profileId));
    holder.exec('PRAGMA locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const refusal = (await fixture.open(jwtClient(demo)).catch((error: unknown) => error)) as BulkError;
      expect(refusal.code).toBe('BULK_JOURNAL');
      expect(english(refusal.localized)).toBe(
        'The bulk job history is in use by another program or window of the console. Close it and try again; nothing was changed.',
      );
      expect(dutch(refusal.localized)).toContain('in gebruik');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(await setAside()).toBe(false);
    expect(notices()).toHaveLength(0);
    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list().map((job) => job.state)).toEqual(['completed']);
    await engine.close();
  });

  it('a journal the disk will not open is not set aside and not called in use: the start is refused with the cause', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    const file = journalFile(fixture.dir, fixture.profileId);
    await rename(file, `${file}.kept`);
    // SQLite cannot open a folder as its database: the same failure as a file the disk will not give
    await mkdir(file);
    const refusal = (await fixture.open(jwtClient(demo)).catch((error: unknown) => error)) as BulkError;
    expect(refusal.code).toBe('BULK_JOURNAL');
    expect(english(refusal.localized)).toBe(
      'The bulk job history could not be opened (the file cannot be opened or written). Nothing was changed and the history stays as it is; check the disk and the folder of the console’s data, then try again.',
    );
    expect(dutch(refusal.localized)).toContain(
      'kon niet worden geopend (het bestand kan niet worden geopend of geschreven)',
    );
    expect(await setAside()).toBe(false);
    expect(notices()).toHaveLength(0);

    await rm(file, { recursive: true });
    await rename(`${file}.kept`, file);
    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list().map((job) => job.state)).toEqual(['completed']);
    await engine.close();
  });

  it('a journal set aside whose new one cannot be started: the refusal says it was set aside, not that nothing changed', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    const file = journalFile(fixture.dir, fixture.profileId);
    const before = await readFile(file);
    // its key gone from the keychain: the journal is set aside without being opened
    await fixture.vault.delete(journalKeyAccount(fixture.profileId));
    // a new database writes its first page through a rollback journal: a folder in its place fails that, as a full
    // disk or a folder without write permission would (root, which runs this, ignores permissions)
    await mkdir(`${file}-journal`);
    const refusal = (await fixture.open(jwtClient(demo)).catch((error: unknown) => error)) as BulkError;
    expect(refusal.code).toBe('BULK_JOURNAL');
    expect(english(refusal.localized)).toBe(
      'The bulk job history could not be read (the file is damaged, or the key in the keychain does not open it), so it was set aside, kept unchanged beside the new one; but a new history could not be started (the file cannot be opened or written). No bulk job can run until it can: check the disk and the folder of the console’s data, then try again.',
    );
    expect(dutch(refusal.localized)).toContain('apart gezet');
    const kept = (await readdir(fixture.dir)).filter((name) => /\.unreadable-\d+$/.test(name));
    expect(kept).toHaveLength(1);
    expect((await readFile(path.join(fixture.dir, kept[0]!))).equals(before)).toBe(true);

    await rm(`${file}-journal`, { recursive: true });
    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list()).toEqual([]);
    await engine.close();
  });

  it('a journal without its key check is kept while it holds no job, and set aside once it holds one', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 0);
    alterJournal("DELETE FROM info WHERE name = 'key-check'");
    expect(await readOnly()).toEqual({ ok: false, problem: 'unreadable' });
    await (await fixture.open(jwtClient(demo))).close();
    expect(notices()).toEqual([]);
    expect(await setAside()).toBe(false);

    await writeJournal(demo, 1);
    alterJournal("DELETE FROM info WHERE name = 'key-check'");
    const engine = await fixture.open(jwtClient(demo));
    expect(engine.list()).toEqual([]);
    expect(notices()).toHaveLength(1);
    expect(await setAside()).toBe(true);
  });

  it('a key check that opens but says something else is a wrong key', async () => {
    const demo = await startBulkDemo();
    await writeJournal(demo, 1);
    const key = Buffer.from((await fixture.vault.get(journalKeyAccount(fixture.profileId)))!, 'base64');
    alterJournal("UPDATE info SET value = ? WHERE name = 'key-check'", sealText(key, 'key-check', `${KEY_CHECK}?`));
    expect(await readOnly()).toEqual({ ok: false, problem: 'wrong-key' });
  });

  it('a key check damaged into a number, even one too large to read as one, is set aside like any damage', async () => {
    const demo = await startBulkDemo();
    for (const damaged of ['7', '9223372036854775807']) {
      demo.data.phoneNumbers.all()[0]!.costCenter = null;
      await writeJournal(demo, 1);
      alterJournal(`UPDATE info SET value = ${damaged} WHERE name = 'key-check'`);
      expect(await readOnly()).toEqual({ ok: false, problem: 'wrong-key' });
      const engine = await fixture.open(jwtClient(demo));
      expect(engine.list()).toEqual([]);
      await engine.close();
    }
    expect(notices()).toHaveLength(2);
    expect((await readdir(fixture.dir)).filter((name) => /\.unreadable-\d+$/.test(name))).toHaveLength(2);
  });
});

describe("another profile's journal, read without opening it", () => {
  it('gives its jobs, changes nothing and holds nothing open; no file is no jobs, and no key is said', async () => {
    const demo = await startBulkDemo();
    expect(await readOnly()).toEqual({ ok: true, jobs: [], damaged: 0 });
    expect(await stampNow()).toBe('-|-|-');
    // no journal: the keychain is not asked (a locked keychain cannot fail the history of a profile without jobs)
    const lockedKeychain = {
      ...fixture.vault,
      get: () => Promise.reject(new Error('keychain locked')),
    };
    expect(await journalStamp({ dir: fixture.dir, profileId: fixture.profileId, vault: lockedKeychain })).toBe('-|-|-');

    await writeJournal(demo, 1);
    const file = journalFile(fixture.dir, fixture.profileId);
    const bytes = await readFile(file);
    const stamp = await stampNow();
    const read = await readOnly();
    expect(read).toMatchObject({ ok: true, damaged: 0, jobs: [{ job: { state: 'completed' } }] });
    expect((await readFile(file)).equals(bytes)).toBe(true);
    // a read leaves SQLite's empty log beside the file: nothing new to read, so the history does not read it again
    expect(await stampNow()).toBe(stamp);
    const held = openDescriptors(file);
    if (held !== null) expect(held).toBe(0);

    await fixture.vault.delete(journalKeyAccount(fixture.profileId));
    expect(await readOnly()).toEqual({ ok: false, problem: 'no-key' });
    // the key is part of what is read: its loss is news to the history
    expect(await stampNow()).not.toBe(stamp);
  });

  it('a file that is some other SQLite database is unreadable, and left exactly as it was', async () => {
    await fixture.vault.set(journalKeyAccount(fixture.profileId), randomBytes(32).toString('base64'));
    const file = journalFile(fixture.dir, fixture.profileId);
    const other = new DatabaseSync(file);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    const bytes = await readFile(file);
    expect(await readOnly()).toEqual({ ok: false, problem: 'unreadable' });
    expect((await readFile(file)).equals(bytes)).toBe(true);
  });

  it('its stamp names the file and its write-ahead log while they exist, and changes with each write', async () => {
    const demo = await startBulkDemo();
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(jwtClient(demo));
    const stamp = await stampNow();
    expect(stamp).toMatch(/^[0-9]+:[0-9.]+\|[0-9]+:[0-9.]+\|[0-9a-f]{12}$/);
    const phone = demo.data.phoneNumbers.all()[0]!;
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: [phone['@id']],
      params: { value: 'CC-STAMP' },
    });
    engine.start(plan.jobId, { expectedCount: 1 });
    await engine.whenDone(plan.jobId);
    expect(await stampNow()).not.toBe(stamp);
  });
});
