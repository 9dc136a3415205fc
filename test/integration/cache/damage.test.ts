import { randomBytes } from 'node:crypto';
import { open, stat, truncate, writeFile } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKeyAccount } from '../../../src-main/cache/index.ts';
import { cacheFixture, demoRows, type CacheFixture } from './helpers.ts';

let fixture: CacheFixture;

beforeEach(async () => {
  fixture = await cacheFixture();
});

afterEach(async () => {
  await fixture.cleanup();
});

/** A closed cache file holding the demo's phone numbers (WAL checkpointed into the main file). */
async function writeSnapshot(): Promise<void> {
  const { phoneNumbers } = await demoRows();
  const cache = await fixture.open();
  await cache.replaceAll('/phonenumbers', phoneNumbers, 1, true);
  await cache.replaceAll('/outports', [{ '@id': '/outports/1' }], 1, true);
  cache.close();
}

/** After a drop the cache works as new: it stores and reads a snapshot again, with no further notice. */
async function expectUsableAfterDrop(): Promise<void> {
  const cache = await fixture.open();
  await cache.replaceAll('/outports', [{ '@id': '/outports/7' }], 2, true);
  expect((await cache.read('/outports'))!.rows).toEqual([{ '@id': '/outports/7' }]);
}

describe('a damaged cache is dropped with a notice, never an error', () => {
  it('truncated file: dropped on open, notice "corrupt", reads return null', async () => {
    await writeSnapshot();
    const { size } = await stat(fixture.file);
    await truncate(fixture.file, Math.floor(size / 2));

    const cache = await fixture.open();
    expect(fixture.notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: expect.stringContaining('truncated') },
    ]);
    expect(await cache.read('/phonenumbers')).toBeNull();
    expect(await cache.read('/outports')).toBeNull();
    cache.close();
    await expectUsableAfterDrop();
    expect(fixture.notices).toHaveLength(1);
  });

  it('garbage file: dropped, notice "corrupt", reads return null', async () => {
    await writeFile(fixture.file, randomBytes(50_000));
    const cache = await fixture.open();
    expect(fixture.notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: 'the cache file is not a database' },
    ]);
    expect(await cache.read('/phonenumbers')).toBeNull();
  });

  it('pages overwritten inside the file (size and header intact): dropped, reads null, notice', async () => {
    await writeSnapshot();
    const { size } = await stat(fixture.file);
    const handle = await open(fixture.file, 'r+');
    await handle.write(randomBytes(Math.floor(size / 2)), 0, Math.floor(size / 2), Math.floor(size / 4));
    await handle.close();

    const cache = await fixture.open();
    expect(await cache.read('/phonenumbers')).toBeNull();
    expect(fixture.notices).toEqual([{ kind: 'dropped', reason: 'corrupt', detail: expect.any(String) }]);
    expect(await cache.read('/outports')).toBeNull();
    cache.close();
    await expectUsableAfterDrop();
  });

  it('a sealed record altered or moved to another resource fails authentication and is dropped', async () => {
    await writeSnapshot();
    const db = new DatabaseSync(fixture.file);
    // the phone numbers' first record now claims to belong to /outports
    db.exec("DELETE FROM chunks WHERE resource = '/outports'");
    db.exec(
      "UPDATE chunks SET resource = '/outports', seq = (SELECT next_seq - 1 FROM resources WHERE resource = '/outports') WHERE rowid = (SELECT min(rowid) FROM chunks WHERE resource = '/phonenumbers')",
    );
    db.exec(
      "UPDATE resources SET base_rows = (SELECT item_count FROM chunks WHERE resource = '/outports') WHERE resource = '/outports'",
    );
    db.close();

    const cache = await fixture.open();
    expect(await cache.read('/outports')).toBeNull();
    expect(fixture.notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: expect.stringMatching(/authentication|seal|records/) },
    ]);
  });

  it('wrong key (another key put in the keychain): dropped, notice "wrong-key", reads null, the new key is used from now on', async () => {
    await writeSnapshot();
    const otherKey = randomBytes(32).toString('base64');
    await fixture.vault.set(cacheKeyAccount(fixture.profileId), otherKey);

    const cache = await fixture.open();
    expect(fixture.notices).toEqual([{ kind: 'dropped', reason: 'wrong-key', detail: expect.any(String) }]);
    expect(await cache.read('/phonenumbers')).toBeNull();
    cache.close();
    await expectUsableAfterDrop();
    expect(await fixture.vault.get(cacheKeyAccount(fixture.profileId))).toBe(otherKey);
    expect(fixture.notices).toHaveLength(1);
  });

  it('key missing from the keychain: a new key is made, the old file dropped with notice "missing-key"', async () => {
    await writeSnapshot();
    await fixture.vault.delete(cacheKeyAccount(fixture.profileId));

    const cache = await fixture.open();
    expect(fixture.notices).toEqual([{ kind: 'dropped', reason: 'missing-key', detail: expect.any(String) }]);
    expect(await cache.read('/phonenumbers')).toBeNull();
    expect(Buffer.from((await fixture.vault.get(cacheKeyAccount(fixture.profileId)))!, 'base64')).toHaveLength(32);
  });

  it('something that is not a key in the keychain: replaced, the file dropped with notice "wrong-key"', async () => {
    await writeSnapshot();
    await fixture.vault.set(cacheKeyAccount(fixture.profileId), 'not a key');
    const cache = await fixture.open();
    expect(fixture.notices).toEqual([{ kind: 'dropped', reason: 'wrong-key', detail: expect.any(String) }]);
    expect(await cache.read('/outports')).toBeNull();
    expect(Buffer.from((await fixture.vault.get(cacheKeyAccount(fixture.profileId)))!, 'base64')).toHaveLength(32);
  });
});
