import { CacheDamage } from './cache-damage.ts';
import type { ChunkKind, StoredChunk } from './cache-db.ts';
import { openText, sealText } from './sealed-text.ts';

/** Rows (base, upsert) or row keys (remove) per sealed chunk: large enough that per-record crypto costs vanish. */
export const CHUNK_ITEMS = 2000;

// Everything that places a chunk is authenticated: a chunk moved to another resource, position, kind or
// snapshot (generation), or cut short, fails to open.
function chunkAad(resource: string, generation: number, seq: number, kind: ChunkKind, itemCount: number): string {
  return `noc-cache/2\0${resource}\0${generation}\0${seq}\0${kind}\0${itemCount}`;
}

export function sealChunk(
  key: Buffer,
  resource: string,
  generation: number,
  seq: number,
  kind: ChunkKind,
  items: readonly unknown[],
): StoredChunk & { json: string } {
  const json = JSON.stringify(items);
  const payload = sealText(key, chunkAad(resource, generation, seq, kind, items.length), json);
  return { seq, kind, itemCount: items.length, payload, json };
}

export function openChunk(key: Buffer, resource: string, generation: number, chunk: StoredChunk): unknown[] {
  let items: unknown;
  try {
    items = JSON.parse(
      openText(key, chunkAad(resource, generation, chunk.seq, chunk.kind, chunk.itemCount), chunk.payload),
    );
  } catch {
    throw new CacheDamage('corrupt', `a cache record of ${resource} failed authentication`);
  }
  if (!Array.isArray(items) || items.length !== chunk.itemCount) {
    throw new CacheDamage('corrupt', `a cache record of ${resource} holds the wrong number of rows`);
  }
  return items;
}

/**
 * The chunk's rows as the JSON array text they were sealed as, without parsing them: the grid hands that text
 * to the renderer as it is. Authentication (which covers the row count) still guarantees it is whole.
 */
export function openChunkText(key: Buffer, resource: string, generation: number, chunk: StoredChunk): string {
  try {
    return openText(key, chunkAad(resource, generation, chunk.seq, chunk.kind, chunk.itemCount), chunk.payload);
  } catch {
    throw new CacheDamage('corrupt', `a cache record of ${resource} failed authentication`);
  }
}

const KEY_CHECK_AAD = 'noc-cache/1\0key-check';
const KEY_CHECK_TEXT = 'noc-console cache key check';

/** A small record sealed with the key: opening it tells a wrong key apart from a damaged file. */
export function sealKeyCheck(key: Buffer): Uint8Array {
  return sealText(key, KEY_CHECK_AAD, KEY_CHECK_TEXT);
}

export function keyCheckOpens(key: Buffer, sealed: Uint8Array): boolean {
  try {
    return openText(key, KEY_CHECK_AAD, sealed) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}
