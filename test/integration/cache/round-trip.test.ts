import { readdir, stat } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { cacheKeyAccount, deleteProfileCache } from '../../../src-main/cache/index.ts';
import type { AppError } from '../../../src-main/ipc/app-error.ts';
import { dutch } from '../../support/ui-text.ts';
import { cacheFixture, demoRows, type CacheFixture } from './helpers.ts';

let fixture: CacheFixture;

beforeEach(async () => {
  fixture = await cacheFixture();
});

afterEach(async () => {
  await fixture.cleanup();
});

describe('offline cache round trip', () => {
  it('reads back every row whole, unknown fields included, in order, also after reopening', async () => {
    const { phoneNumbers, simCards } = await demoRows();
    const cache = await fixture.open();
    expect(await cache.read('/phonenumbers')).toBeNull();

    await cache.replaceAll('/phonenumbers', phoneNumbers, 1_700_000_000_000, true);
    await cache.replaceAll('/simcards', simCards, 1_700_000_001_000, false);
    const read = await cache.read('/phonenumbers');
    expect(read).toEqual({ rows: phoneNumbers, fetchedAt: 1_700_000_000_000, complete: true });
    expect(read!.rows[0]!['futureField']).toEqual({ nested: ['kept', 1, null] });
    cache.close();

    const reopened = await fixture.open();
    expect(await reopened.read('/simcards')).toEqual({ rows: simCards, fetchedAt: 1_700_000_001_000, complete: false });
    expect(await reopened.read('/phonenumbers')).toEqual({
      rows: phoneNumbers,
      fetchedAt: 1_700_000_000_000,
      complete: true,
    });
    expect(fixture.notices).toEqual([]);
  });

  it('keeps the key only in the keychain, as 32 random bytes in base64', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/outports', [{ '@id': '/outports/1' }], 1, true);
    const stored = await fixture.vault.get(cacheKeyAccount(fixture.profileId));
    expect(Buffer.from(stored!, 'base64')).toHaveLength(32);
  });

  it('replaceAll keeps the last version of a row listed twice and an empty snapshot reads as empty', async () => {
    const cache = await fixture.open();
    await cache.replaceAll(
      '/outports',
      [{ '@id': '/outports/1', v: 1 }, { '@id': '/outports/2' }, { '@id': '/outports/1', v: 2 }],
      5,
      true,
    );
    expect((await cache.read('/outports'))!.rows).toEqual([{ '@id': '/outports/2' }, { '@id': '/outports/1', v: 2 }]);
    await cache.replaceAll('/outports', [], 6, true);
    expect(await cache.read('/outports')).toEqual({ rows: [], fetchedAt: 6, complete: true });
  });

  it('refuses rows without an @id and writes nothing', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/outports', [{ '@id': '/outports/1' }], 1, true);
    await expect(cache.replaceAll('/outports', [{ id: 2 }], 2, true)).rejects.toMatchObject({
      code: 'CACHE_ROW_WITHOUT_ID',
    });
    await expect(cache.upsert('/outports', [{ '@id': '' }])).rejects.toMatchObject({ code: 'CACHE_ROW_WITHOUT_ID' });
    expect(await cache.read('/outports')).toEqual({ rows: [{ '@id': '/outports/1' }], fetchedAt: 1, complete: true });
  });
});

describe('incremental changes', () => {
  it('upsert changes rows in place and appends new ones; remove forgets rows; both survive reopening', async () => {
    const { phoneNumbers } = await demoRows();
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', phoneNumbers, 10, true);

    const changed = [phoneNumbers[5]!, phoneNumbers[2500]!].map((row) => ({ ...row, costCenter: 'Kostenplaats 42' }));
    const added = { '@id': '/phonenumbers/999999', number: '0201111111', brandNew: true };
    await cache.upsert('/phonenumbers', [...changed, added], { fetchedAt: 20 });
    await cache.remove('/phonenumbers', [phoneNumbers[0]!['@id'] as string, '/phonenumbers/not-there']);

    const expected = phoneNumbers
      .slice(1)
      .map((row) => (row === phoneNumbers[5] ? changed[0]! : row === phoneNumbers[2500] ? changed[1]! : row))
      .concat([added]);
    expect(await cache.read('/phonenumbers')).toEqual({ rows: expected, fetchedAt: 20, complete: true });
    cache.close();
    const reopened = await fixture.open();
    expect((await reopened.read('/phonenumbers'))!.rows).toEqual(expected);
  });

  it('a row removed and then upserted again comes back; changes to a resource never cached are ignored', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/simcards', [{ '@id': '/simcards/1' }, { '@id': '/simcards/2' }], 1, true);
    await cache.remove('/simcards', ['/simcards/1']);
    await cache.upsert('/simcards', [{ '@id': '/simcards/1', back: true }], { complete: false });
    const read = await cache.read('/simcards');
    expect(read).toMatchObject({ fetchedAt: 1, complete: false });
    expect(read!.rows).toHaveLength(2);
    expect(read!.rows).toEqual(
      expect.arrayContaining([{ '@id': '/simcards/2' }, { '@id': '/simcards/1', back: true }]),
    );

    await cache.upsert('/outports', [{ '@id': '/outports/1' }]);
    await cache.remove('/outports', ['/outports/1']);
    expect(await cache.read('/outports')).toBeNull();
  });

  it('many small edits are compacted after a read and stay correct', async () => {
    const rows = Array.from({ length: 500 }, (_, index) => ({ '@id': `/phonenumbers/${index}`, costCenter: 'A' }));
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows, 1, true);
    const expected = rows.map((row) => ({ ...row }));
    for (let edit = 0; edit < 40; edit += 1) {
      const index = (edit * 37) % rows.length;
      expected[index] = { ...rows[index]!, costCenter: `edit ${edit}` };
      await cache.upsert('/phonenumbers', [expected[index]!]);
    }
    expect((await cache.read('/phonenumbers'))!.rows).toEqual(expected);
    // the compaction that read scheduled runs before this next read in the queue
    await new Promise((resolve) => setImmediate(resolve));
    expect((await cache.read('/phonenumbers'))!.rows).toEqual(expected);
    const peek = new DatabaseSync(fixture.file, { readOnly: true });
    expect(peek.prepare('SELECT kind FROM chunks').all()).toEqual([{ kind: 0 }]);
    peek.close();
    cache.close();
    expect((await (await fixture.open()).read('/phonenumbers'))!.rows).toEqual(expected);
  });
});

describe('size, clear and delete', () => {
  it('sizeBytes counts the files on disk; clear empties the cache and shrinks it, and the cache stays usable', async () => {
    const { phoneNumbers } = await demoRows();
    const cache = await fixture.open();
    const empty = await cache.sizeBytes();
    await cache.replaceAll('/phonenumbers', phoneNumbers, 1, true);
    const full = await cache.sizeBytes();
    expect(full).toBeGreaterThan(empty);
    const onDisk = await Promise.all(
      (await readdir(fixture.dir)).map(async (name) => (await stat(`${fixture.dir}/${name}`)).size),
    );
    expect(full).toBe(onDisk.reduce((sum, size) => sum + size, 0));

    await cache.clear();
    expect(await cache.read('/phonenumbers')).toBeNull();
    expect(await cache.sizeBytes()).toBeLessThan(full);
    await cache.replaceAll('/outports', [{ '@id': '/outports/1' }], 2, true);
    expect((await cache.read('/outports'))!.rows).toHaveLength(1);
    expect(fixture.notices).toEqual([]);
  });

  it('deleteProfileCache removes the files and the key; closed caches refuse work', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/outports', [{ '@id': '/outports/1' }], 1, true);
    cache.close();
    const closed = await cache.read('/outports').catch((failure: AppError) => failure);
    expect(closed).toMatchObject({ code: 'CACHE_CLOSED' });
    expect(dutch(((closed as AppError).details as { text: Message }).text)).toBe(
      'De offline kopie van dit profiel is gesloten.',
    );

    await deleteProfileCache({ dir: fixture.dir, profileId: fixture.profileId, vault: fixture.vault });
    expect(await readdir(fixture.dir)).toEqual([]);
    expect(await fixture.vault.get(cacheKeyAccount(fixture.profileId))).toBeNull();
  });

  it('refuses a profile id that could leave the cache folder', async () => {
    await expect(
      import('../../../src-main/cache/index.ts').then(({ openProfileCache }) =>
        openProfileCache({ dir: fixture.dir, profileId: '../elsewhere', vault: fixture.vault }),
      ),
    ).rejects.toMatchObject({ code: 'CACHE_BAD_PROFILE_ID' });
  });
});
