import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CacheRow } from '../../../src-main/cache/index.ts';
import { cacheFixture, demoRows, type CacheFixture } from './helpers.ts';

let fixture: CacheFixture;

beforeEach(async () => {
  fixture = await cacheFixture();
});

afterEach(async () => {
  await fixture.cleanup();
});

/** 25 distinct values of a field, spread over the whole set. */
function sample(rows: CacheRow[], field: string): string[] {
  const values = [
    ...new Set(
      rows.map((row) => row[field]).filter((value): value is string => typeof value === 'string' && value.length > 0),
    ),
  ];
  const stride = Math.max(1, Math.floor(values.length / 25));
  return values.filter((_, index) => index % stride === 0).slice(0, 25);
}

/** Which of the values appear in any file of the folder, as UTF-8 or UTF-16LE. */
async function findInFiles(dir: string, values: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(dir)) {
    const bytes = await readFile(path.join(dir, name));
    for (const value of values) {
      if (bytes.includes(Buffer.from(value, 'utf8')) || bytes.includes(Buffer.from(value, 'utf16le')))
        found.push(`${name}: ${value}`);
    }
  }
  return found;
}

describe('no row content in plaintext on disk', () => {
  it('no phone number, ICCID, IMSI or MSISDN (25 of each) in the database, WAL or shared-memory file, while open and after close', async () => {
    const { phoneNumbers, simCards } = await demoRows();
    const values = [
      ...sample(phoneNumbers, 'number'),
      ...sample(simCards, 'iccid'),
      ...sample(simCards, 'imsi'),
      ...sample(simCards, 'msisdn'),
    ];
    expect(values.length).toBe(100);

    // the scanner itself finds the values in a plain file
    const control = await mkdtemp(path.join(tmpdir(), 'noc-cache-control-'));
    await writeFile(path.join(control, 'plain.json'), JSON.stringify(simCards.slice(0, 200)));
    await writeFile(
      path.join(control, 'plain16.json'),
      Buffer.from(JSON.stringify(phoneNumbers.slice(0, 200)), 'utf16le'),
    );
    expect(
      (await findInFiles(control, [simCards[0]!['iccid'] as string, phoneNumbers[0]!['number'] as string])).length,
    ).toBe(2);
    await rm(control, { recursive: true, force: true });

    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', phoneNumbers, 1, true);
    await cache.replaceAll('/simcards', simCards, 1, true);
    await cache.upsert(
      '/phonenumbers',
      phoneNumbers.slice(0, 300).map((row) => ({ ...row, description: 'changed' })),
    );
    await cache.remove(
      '/simcards',
      simCards.slice(0, 50).map((row) => row['@id'] as string),
    );

    const files = await readdir(fixture.dir);
    expect(files).toEqual(expect.arrayContaining(['profile-1.sqlite', 'profile-1.sqlite-wal', 'profile-1.sqlite-shm']));
    expect(await findInFiles(fixture.dir, values)).toEqual([]);
    // row keys are sealed too: no IRI of a row is stored in the clear
    expect(
      await findInFiles(fixture.dir, [phoneNumbers[1234]!['@id'] as string, simCards[321]!['@id'] as string]),
    ).toEqual([]);

    cache.close();
    expect(await findInFiles(fixture.dir, values)).toEqual([]);
  });

  it('the stored records are encrypted, not merely compressed', async () => {
    const { simCards } = await demoRows();
    const cache = await fixture.open();
    await cache.replaceAll('/simcards', simCards, 1, true);
    cache.close();

    const db = new DatabaseSync(fixture.file, { readOnly: true });
    const payloads = db.prepare('SELECT payload FROM chunks').all() as { payload: Uint8Array }[];
    db.close();
    expect(payloads.length).toBeGreaterThan(0);
    const iccid = simCards[0]!['iccid'] as string;
    for (const { payload } of payloads) {
      for (const offset of [0, 12]) {
        let inflated = '';
        try {
          inflated = inflateRawSync(payload.subarray(offset, payload.length - 16)).toString('latin1');
        } catch {
          // not a deflate stream: as it should be
        }
        expect(inflated.includes(iccid)).toBe(false);
        expect(inflated.includes('"iccid"')).toBe(false);
      }
    }
  });
});
