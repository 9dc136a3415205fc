import { randomBytes } from 'node:crypto';
import { CacheDamage } from './cache-damage.ts';
import type { ChunkKind, ResourceMeta, StoredChunk } from './cache-db.ts';
import { openText, sealText } from './sealed-text.ts';

/**
 * The sealed description of one resource's snapshot: which chunks make it up (sequence, kind, row count), how
 * many rows, when fetched, whether complete, and a generation drawn at random for every new snapshot that every
 * chunk's AAD includes. The plaintext metadata and the chunk table must agree with it, so a chunk removed, added
 * or brought back from an older snapshot, or an edited count or date, is detected.
 */
export interface Manifest {
  generation: number;
  fetchedAt: number;
  complete: boolean;
  baseRows: number;
  deltaRows: number;
  chunks: [seq: number, kind: ChunkKind, itemCount: number][];
}

function manifestAad(resource: string): string {
  return `noc-cache/2\0manifest\0${resource}`;
}

/** 48 random bits: a new snapshot never reuses the generation of one that came before, even in a new file. */
export function newGeneration(): number {
  return randomBytes(6).readUIntBE(0, 6);
}

export function sealManifest(key: Buffer, resource: string, manifest: Manifest): Uint8Array {
  return sealText(key, manifestAad(resource), JSON.stringify(manifest));
}

function damaged(resource: string, what: string): CacheDamage {
  return new CacheDamage('corrupt', `the cache of ${resource} ${what}`);
}

function openManifest(key: Buffer, resource: string, sealed: Uint8Array | null): Manifest {
  if (sealed === null) throw damaged(resource, 'has no seal');
  try {
    return JSON.parse(openText(key, manifestAad(resource), sealed)) as Manifest;
  } catch {
    throw damaged(resource, 'has a seal that failed authentication');
  }
}

/** The manifest of a stored snapshot, after checking that the metadata and the chunks are the ones it seals. */
export function verifiedManifest(
  key: Buffer,
  resource: string,
  meta: ResourceMeta,
  chunks: readonly StoredChunk[] | null,
): Manifest {
  const manifest = openManifest(key, resource, meta.seal);
  if (
    meta.fetchedAt !== manifest.fetchedAt ||
    meta.complete !== manifest.complete ||
    meta.baseRows !== manifest.baseRows ||
    meta.deltaRows !== manifest.deltaRows ||
    meta.chunkCount !== manifest.chunks.length
  ) {
    throw damaged(resource, 'has metadata that differs from its seal');
  }
  if (chunks !== null) {
    const same =
      chunks.length === manifest.chunks.length &&
      chunks.every((chunk, i) => {
        const [seq, kind, itemCount] = manifest.chunks[i]!;
        return chunk.seq === seq && chunk.kind === kind && chunk.itemCount === itemCount;
      });
    if (!same) throw damaged(resource, 'has records missing, added or replaced');
  }
  return manifest;
}
