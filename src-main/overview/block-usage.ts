import type { BlockUsage } from '../../src-preload/contract/overview.ts';
import type { CachedCollections } from './cached-collections.ts';
import { FIELDS, PATHS } from './fields.ts';

/** Per number block: its size and how many of its numbers the cached phone numbers hold (in use). */
export function blockUsage(data: CachedCollections): BlockUsage {
  const inUse = new Map<string, number>();
  for (const row of data.rows(PATHS.numbers())) {
    const block = row[FIELDS.numbers.block];
    if (typeof block === 'string') inUse.set(block, (inUse.get(block) ?? 0) + 1);
  }
  const blocks: BlockUsage['blocks'] = {};
  for (const row of data.rows(PATHS.blocks())) {
    const iri = row['@id'];
    const size = row[FIELDS.blocks.size];
    if (typeof iri !== 'string' || typeof size !== 'number') continue;
    blocks[iri] = { size, inUse: inUse.get(iri) ?? 0 };
  }
  return { blocks, numbersCached: data.has(PATHS.numbers()) };
}
