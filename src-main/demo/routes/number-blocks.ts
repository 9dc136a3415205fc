import { iriFor, numberBlockModel } from '../../api-model/index.ts';
import type { NumberBlock } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import { item } from '../http/hydra.ts';
import { notFound, problem } from '../http/problem.ts';
import { JSON_LD } from '../http/types.ts';
import type { Filter, Route } from './route.ts';
import { collectionPattern, contextOf, itemHandler, itemPattern, listHandler, paramId } from './route.ts';

const table = (data: DemoData) => data.numberBlocks;
const context = contextOf(numberBlockModel);

/** excludedNumberPoolIds[]=1&excludedNumberPoolIds[]=2 (also accepts indexed keys like excludedNumberPoolIds[0]). */
const filter: Filter<NumberBlock> = (req, rows) => {
  const excluded = new Set<string>();
  for (const [key, value] of req.query) {
    if (key === 'excludedNumberPoolIds' || key.startsWith('excludedNumberPoolIds[')) {
      for (const part of value.split(',')) if (part.trim()) excluded.add(`/number-pools/${part.trim()}`);
    }
  }
  return excluded.size === 0 ? rows : rows.filter((b) => !excluded.has(b.numberPool));
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Splits into equal parts. The block keeps its id and becomes the first part; the other parts are new
 * blocks with the same status, cool-off and links. Answers all parts as one unpaginated collection.
 */
const split: Route = {
  method: 'GET',
  pattern: itemPattern(numberBlockModel.path, '/split/([^/]+)'),
  write: true,
  requiresWholesaler: true,
  handle: (ctx) => {
    const block = ctx.data.numberBlocks.get(paramId(ctx));
    if (!block) return notFound();
    const raw = ctx.params[1] ?? '';
    const size = /^[0-9]{1,6}$/.test(raw) ? Number(raw) : NaN;
    if (!(size >= 10) || size >= block.size || block.size % size !== 0) {
      return problem(
        400,
        `A block of ${block.size} numbers cannot be split into blocks of "${raw}": the size must be 10 or 100, smaller than the block and divide it.`,
      );
    }
    if (block.status === 'in-use') return problem(409, 'A number block that is in use cannot be split.');
    const prefix = block.start.slice(0, 3);
    const width = block.start.length - 3;
    const base = Number(block.start.slice(3));
    const originalSize = block.size;
    block.size = size;
    block.end = `${prefix}${pad(base + size - 1, width)}`;
    const parts: NumberBlock[] = [block];
    for (let offset = size; offset < originalSize; offset += size) {
      const id = ctx.data.numberBlocks.nextId();
      parts.push(
        ctx.data.numberBlocks.insert({
          ...block,
          '@id': iriFor(numberBlockModel, id),
          id,
          start: `${prefix}${pad(base + offset, width)}`,
          end: `${prefix}${pad(base + offset + size - 1, width)}`,
        }),
      );
    }
    return {
      status: 200,
      contentType: JSON_LD,
      applied: true,
      body: {
        '@context': context,
        '@id': block['@id'],
        '@type': 'hydra:Collection',
        'hydra:totalItems': parts.length,
        'hydra:member': parts,
      },
    };
  },
};

/** Ends the cool-off now. Idempotent: a block that is not cooling off is answered unchanged. */
const endCoolOff: Route = {
  method: 'GET',
  pattern: itemPattern(numberBlockModel.path, '/end-cool-off'),
  write: true,
  requiresWholesaler: true,
  handle: (ctx) => {
    const block = ctx.data.numberBlocks.get(paramId(ctx));
    if (!block) return notFound();
    if (block.status !== 'cool-off') return item(block, context);
    block.status = 'available';
    block.coolOffUntil = null;
    return { ...item(block, context), applied: true };
  },
};

export const numberBlockRoutes: Route[] = [
  {
    method: 'GET',
    pattern: collectionPattern(numberBlockModel.path),
    requiresWholesaler: true,
    handle: listHandler(numberBlockModel, table, { filter }),
  },
  {
    method: 'GET',
    pattern: itemPattern(numberBlockModel.path),
    requiresWholesaler: true,
    handle: itemHandler(numberBlockModel, table),
  },
  split,
  endCoolOff,
];
