import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CacheRow } from '../../../src-main/cache/index.ts';
import { cacheFixture, type CacheFixture } from './helpers.ts';

let fixture: CacheFixture;
beforeEach(async () => {
  fixture = await cacheFixture();
});
afterEach(async () => {
  await fixture.cleanup();
});

const rows = (n: number, tag: string): CacheRow[] =>
  Array.from({ length: n }, (_, i) => ({ '@id': `/phonenumbers/${i + 1}`, costCenter: `${tag}-${i}` }));

function edit(sql: string): void {
  const db = new DatabaseSync(fixture.file);
  db.exec(sql);
  db.close();
}

/** 5,000 rows: three sealed chunks of 2,000, 2,000 and 1,000. */
async function writeSnapshot(tag = 'new'): Promise<void> {
  const cache = await fixture.open();
  await cache.replaceAll('/phonenumbers', rows(5000, tag), 1000, true);
  cache.close();
}

/** The damaged-cache path: nothing is read back, a notice says why, and the caller refetches. */
async function expectDetected(): Promise<void> {
  const cache = await fixture.open();
  expect(await cache.read('/phonenumbers')).toBeNull();
  expect(fixture.notices).toEqual([{ kind: 'dropped', reason: 'corrupt', detail: expect.any(String) }]);
  expect(await cache.readJsonStream('/phonenumbers')).toBeNull();
  cache.close();
}

describe('the seal covers the whole snapshot', () => {
  it('a removed last chunk, with the plaintext counts edited to match, is detected', async () => {
    await writeSnapshot();
    edit(`DELETE FROM chunks WHERE seq = (SELECT max(seq) FROM chunks);
          UPDATE resources SET chunk_count = chunk_count - 1, base_rows = 4000, row_count = 4000`);
    await expectDetected();
  });

  it('a chunk rolled back from an older snapshot (same place, older generation) is detected', async () => {
    await writeSnapshot('old');
    const db = new DatabaseSync(fixture.file);
    const old = db.prepare('SELECT payload FROM chunks WHERE seq = 1').get() as { payload: Uint8Array };
    db.close();
    // a new file (Clear cache) starts its sequence numbers again, so the old chunk's place exists in the new one
    const cache = await fixture.open();
    await cache.clear();
    await cache.replaceAll('/phonenumbers', rows(5000, 'new'), 2000, true);
    cache.close();
    const writer = new DatabaseSync(fixture.file);
    writer.prepare('UPDATE chunks SET payload = ? WHERE seq = 1').run(old.payload);
    writer.close();
    await expectDetected();
  });

  it.each([
    ['fetched_at', 'UPDATE resources SET fetched_at = fetched_at + 86400000'],
    ['complete', 'UPDATE resources SET complete = 0'],
    ['row_count', 'UPDATE resources SET row_count = 4999'],
    ['base_rows', 'UPDATE resources SET base_rows = 4000'],
  ])('plaintext metadata edited (%s) is detected', async (_field, sql) => {
    await writeSnapshot();
    edit(sql);
    await expectDetected();
  });

  it('an added chunk (a delta copied to a new place) is detected', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(5000, 'new'), 1000, true);
    await cache.upsert('/phonenumbers', [{ '@id': '/phonenumbers/1', costCenter: 'changed' }]);
    cache.close();
    edit(`INSERT INTO chunks (resource, seq, kind, item_count, payload, updated_at)
            SELECT resource, seq + 1, kind, item_count, payload, updated_at FROM chunks WHERE seq = (SELECT max(seq) FROM chunks);
          UPDATE resources SET chunk_count = chunk_count + 1, next_seq = next_seq + 1, delta_rows = delta_rows + 1`);
    await expectDetected();
  });

  it('an intact snapshot with deltas reads back whole, and the seal follows every change', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(5000, 'new'), 1000, true);
    await cache.upsert('/phonenumbers', [{ '@id': '/phonenumbers/9', costCenter: 'x' }], { fetchedAt: 3000 });
    await cache.remove('/phonenumbers', ['/phonenumbers/1'], { complete: false });
    const read = await cache.read('/phonenumbers');
    expect(read).toMatchObject({ fetchedAt: 3000, complete: false });
    expect(read!.rows).toHaveLength(4999);
    cache.close();
    expect(fixture.notices).toEqual([]);
  });
});
