import { orderModel, phoneNumberModel, validateWritable } from '../../api-model/index.ts';
import type { PhoneNumber } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import { readMergePatch } from '../http/body.ts';
import { item } from '../http/hydra.ts';
import { notFound, violations } from '../http/problem.ts';
import type { DemoRequest } from '../http/types.ts';
import type { Filter, Route } from './route.ts';
import { collectionPattern, contextOf, itemHandler, itemPattern, listHandler, paramId } from './route.ts';

const table = (data: DemoData) => data.phoneNumbers;

/** excludeOrders=1 leaves out the order data (orderLabel); the order IRI stays. */
function serialize(row: PhoneNumber, req: DemoRequest): unknown {
  if (req.query.get('excludeOrders') !== '1') return row;
  const { orderLabel: _omit, ...rest } = row;
  return rest;
}

/**
 * blockStart is documented as an integer, so callers may send 201234 for 0201234…:
 * both "0201234" and "201234" match numbers starting 0201234.
 */
const filter: Filter<PhoneNumber> = (req, rows) => {
  let out = rows;
  const orderId = req.query.get('orderId');
  if (orderId !== null && /^[0-9]+$/.test(orderId)) {
    const iri = `${orderModel.path}/${Number(orderId)}`;
    out = out.filter((n) => n.order === iri);
  }
  const blockStart = req.query.get('blockStart')?.replace(/[^0-9]/g, '');
  if (blockStart) {
    const prefix = blockStart.startsWith('0') ? blockStart : `0${blockStart}`;
    out = out.filter((n) => n.number.startsWith(prefix));
  }
  return out;
};

export const phoneNumberRoutes: Route[] = [
  {
    method: 'GET',
    pattern: collectionPattern(phoneNumberModel.path),
    handle: listHandler(phoneNumberModel, table, { filter, map: serialize }),
  },
  {
    method: 'GET',
    pattern: itemPattern(phoneNumberModel.path),
    handle: itemHandler(phoneNumberModel, table, serialize),
  },
  {
    method: 'PATCH',
    pattern: itemPattern(phoneNumberModel.path),
    write: true,
    handle: (ctx) => {
      const row = ctx.data.phoneNumbers.get(paramId(ctx));
      if (!row) return notFound();
      const parsed = readMergePatch(ctx.req);
      if ('error' in parsed) return parsed.error;
      const found = validateWritable(phoneNumberModel.writable, parsed.body);
      if (found.length > 0) return violations(found);
      for (const field of Object.keys(phoneNumberModel.writable)) {
        if (Object.hasOwn(parsed.body, field)) row[field] = parsed.body[field];
      }
      row.updatedAt = new Date(ctx.req.now).toISOString();
      return { ...item(row, contextOf(phoneNumberModel)), applied: true };
    },
  },
];
