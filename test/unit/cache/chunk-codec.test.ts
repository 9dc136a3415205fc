import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CacheDamage } from '../../../src-main/cache/cache-damage.ts';
import type { ChunkKind, StoredChunk } from '../../../src-main/cache/cache-db.ts';
import {
  keyCheckOpens,
  openChunk,
  openChunkText,
  sealChunk,
  sealKeyCheck,
} from '../../../src-main/cache/chunk-codec.ts';

const KEY = randomBytes(32);
const OTHER_KEY = randomBytes(32);
const GEN = 7;
const KINDS: readonly ChunkKind[] = ['base', 'upsert', 'remove'];

// Rows as the cache holds them: what JSON.parse gives back (no undefined, no -0).
const rowsArb = fc.array(
  fc.json().map((text) => JSON.parse(JSON.stringify(JSON.parse(text))) as unknown),
  { maxLength: 12 },
);
const placeArb = fc.record({
  resource: fc.string({ minLength: 1, maxLength: 20 }),
  seq: fc.nat({ max: 1_000_000 }),
  kind: fc.constantFrom(...KINDS),
});

function damage(open: () => unknown): CacheDamage {
  try {
    open();
  } catch (error) {
    if (error instanceof CacheDamage) return error;
    throw error;
  }
  throw new Error('expected the chunk not to open');
}

describe('the cache chunk codec', () => {
  it('opens what it sealed, as rows and as the JSON text they were sealed as (property)', () => {
    fc.assert(
      fc.property(placeArb, rowsArb, ({ resource, seq, kind }, rows) => {
        const chunk = sealChunk(KEY, resource, GEN, seq, kind, rows);
        expect(chunk).toMatchObject({ seq, kind, itemCount: rows.length });
        expect(openChunk(KEY, resource, GEN, chunk)).toEqual(rows);
        expect(openChunkText(KEY, resource, GEN, chunk)).toBe(JSON.stringify(rows));
      }),
      { numRuns: 60 },
    );
  });

  it('detects any flipped byte of a sealed chunk (property)', () => {
    fc.assert(
      fc.property(
        placeArb,
        rowsArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        ({ resource, seq, kind }, rows, at, mask) => {
          const chunk = sealChunk(KEY, resource, GEN, seq, kind, rows);
          const payload = Uint8Array.from(chunk.payload);
          const index = at % payload.length;
          payload[index] = payload[index]! ^ mask;
          const flipped: StoredChunk = { ...chunk, payload };
          expect(damage(() => openChunk(KEY, resource, GEN, flipped)).reason).toBe('corrupt');
          expect(damage(() => openChunkText(KEY, resource, GEN, flipped)).reason).toBe('corrupt');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a chunk moved to another resource, position or kind, a cut count, or another key (property)', () => {
    fc.assert(
      fc.property(placeArb, rowsArb, fc.integer({ min: 1, max: 5 }), ({ resource, seq, kind }, rows, shift) => {
        const chunk = sealChunk(KEY, resource, GEN, seq, kind, rows);
        const otherKind = KINDS[(KINDS.indexOf(kind) + shift) % KINDS.length]!;
        const moved: [string, StoredChunk][] = [
          [`${resource}x`, chunk],
          [resource, { ...chunk, seq: seq + shift }],
          [resource, { ...chunk, itemCount: chunk.itemCount + shift }],
          ...(otherKind === kind ? [] : [[resource, { ...chunk, kind: otherKind }] as [string, StoredChunk]]),
        ];
        for (const [where, placed] of moved) {
          expect(damage(() => openChunk(KEY, where, GEN, placed)).message).toContain(where);
          expect(() => openChunkText(KEY, where, GEN, placed)).toThrow(CacheDamage);
        }
        expect(() => openChunk(OTHER_KEY, resource, GEN, chunk)).toThrow(CacheDamage);
        expect(() => openChunk(KEY, resource, GEN + shift, chunk)).toThrow(CacheDamage);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a chunk whose payload is too short to hold anything', () => {
    const chunk: StoredChunk = { seq: 0, kind: 'base', itemCount: 0, payload: new Uint8Array(27) };
    expect(damage(() => openChunk(KEY, 'phone-numbers', GEN, chunk)).message).toBe(
      'a cache record of phone-numbers failed authentication',
    );
  });

  it('seals the same rows differently every time: a fresh IV per seal (GCM must never reuse one)', () => {
    const rows = [{ '@id': '/phonenumbers/1', number: '0201234567' }];
    const payloads = Array.from({ length: 32 }, () => sealChunk(KEY, 'phone-numbers', GEN, 0, 'base', rows).payload);
    const distinct = new Set(payloads.map((payload) => Buffer.from(payload).toString('hex')));
    expect(distinct.size).toBe(payloads.length);
    // the IV leads the record; no two may share it
    const ivs = new Set(payloads.map((payload) => Buffer.from(payload.subarray(0, 12)).toString('hex')));
    expect(ivs.size).toBe(payloads.length);
    for (const payload of payloads) {
      expect(openChunk(KEY, 'phone-numbers', GEN, { seq: 0, kind: 'base', itemCount: 1, payload })).toEqual(rows);
    }
  });

  it('a key check opens with its key only, and not when damaged', () => {
    const sealed = sealKeyCheck(KEY);
    expect(keyCheckOpens(KEY, sealed)).toBe(true);
    expect(keyCheckOpens(OTHER_KEY, sealed)).toBe(false);
    const damaged = Uint8Array.from(sealed);
    damaged[damaged.length - 1] = damaged[damaged.length - 1]! ^ 1;
    expect(keyCheckOpens(KEY, damaged)).toBe(false);
    expect(keyCheckOpens(KEY, sealed.subarray(0, 10))).toBe(false);
    expect(Buffer.from(sealKeyCheck(KEY)).equals(Buffer.from(sealed))).toBe(false);
  });
});
