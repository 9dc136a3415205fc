import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { cacheKeyAccount, type CacheRow } from '../../../src-main/cache/index.ts';
import type { AppError } from '../../../src-main/ipc/app-error.ts';
import { dutch, english } from '../../support/ui-text.ts';
import { cacheFixture, demoRows, type CacheFixture } from './helpers.ts';

let fixture: CacheFixture;

beforeEach(async () => {
  fixture = await cacheFixture();
});

afterEach(async () => {
  await fixture.cleanup();
});

function withUnserialisableRow(rows: CacheRow[], at: number): CacheRow[] {
  const broken = rows.slice();
  broken[at] = { ...rows[at]!, balance: 10n };
  return broken;
}

describe('a write that fails part-way leaves the previous snapshot readable', () => {
  it('replaceAll of 100,000 rows failing at row 50,000 rolls back: old snapshot intact, no notice, cache still writable', async () => {
    const { phoneNumbers: old } = await demoRows();
    const { phoneNumbers: big } = await demoRows(100_000);
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', old, 100, true);

    // by then 25 sealed chunks of the new snapshot have been inserted in the open transaction
    await expect(cache.replaceAll('/phonenumbers', withUnserialisableRow(big, 50_000), 200, true)).rejects.toSatisfy(
      (failure: AppError) => {
        const text = (failure.details as { text: Message }).text;
        return (
          failure.code === 'CACHE_WRITE_FAILED' &&
          english(text) === 'The offline copy could not be saved; the previous copy is kept.' &&
          dutch(text) === 'De offline kopie kon niet worden opgeslagen; de vorige kopie blijft bewaard.'
        );
      },
    );
    expect(await cache.read('/phonenumbers')).toEqual({ rows: old, fetchedAt: 100, complete: true });
    cache.close();
    const reopened = await fixture.open();
    expect(await reopened.read('/phonenumbers')).toEqual({ rows: old, fetchedAt: 100, complete: true });
    expect(fixture.notices).toEqual([]);

    await reopened.replaceAll('/phonenumbers', big, 300, true);
    expect((await reopened.read('/phonenumbers'))!.rows).toHaveLength(100_000);
  });

  it('an upsert failing in its second chunk changes nothing', async () => {
    const { phoneNumbers: old } = await demoRows();
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', old, 100, true);
    const changed = old.map((row) => ({ ...row, costCenter: 'changed' }));
    await expect(
      cache.upsert('/phonenumbers', withUnserialisableRow(changed, 2_500), { fetchedAt: 200 }),
    ).rejects.toMatchObject({
      code: 'CACHE_WRITE_FAILED',
    });
    expect(await cache.read('/phonenumbers')).toEqual({ rows: old, fetchedAt: 100, complete: true });
  });

  it('a process killed in the middle of a big write (uncommitted pages already in the WAL) leaves the old snapshot', async () => {
    const { phoneNumbers: old } = await demoRows();
    const first = await fixture.open();
    await first.replaceAll('/phonenumbers', old, 100, true);
    first.close();
    const key = await fixture.vault.get(cacheKeyAccount(fixture.profileId));

    const child = spawn(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        path.join(import.meta.dirname, 'write-child.ts'),
        fixture.dir,
        fixture.profileId,
        '/phonenumbers',
        '200000',
      ],
      { env: { ...process.env, NOC_TEST_CACHE_KEY: key! }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (data: Buffer) => (output += data.toString()));
    child.stderr.on('data', (data: Buffer) => (output += data.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let done = false;
    void exited.then(() => (done = true));

    const walSize = async (): Promise<number> => (await stat(`${fixture.file}-wal`).catch(() => ({ size: 0 }))).size;
    let walAtKill = 0;
    while (!done) {
      if (output.includes('writing') && (walAtKill = await walSize()) > 4_000_000) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    child.kill('SIGKILL');
    await exited;

    expect(output).toContain('writing');
    expect(output).not.toContain('done');
    expect(output).not.toContain('notice');
    expect(walAtKill).toBeGreaterThan(4_000_000);

    const reopened = await fixture.open();
    expect(await reopened.read('/phonenumbers')).toEqual({ rows: old, fetchedAt: 100, complete: true });
    expect(fixture.notices).toEqual([]);
  });
});
