import {
  idFromIri,
  iriFor,
  orderDetailsX2voipNumberModel,
  scheduledForwardModel,
  validateField,
  validateWritable,
} from '../../api-model/index.ts';
import type { ScheduledForward, Violation } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import { readMergePatch, readPostJson } from '../http/body.ts';
import { item } from '../http/hydra.ts';
import { notFound, violations } from '../http/problem.ts';
import type { Route } from './route.ts';
import { collectionPattern, contextOf, itemHandler, itemPattern, listHandler, paramId } from './route.ts';

const table = (data: DemoData) => data.scheduledForwards;
const context = contextOf(scheduledForwardModel);

/** Normalises a date or datetime to a full ISO string; null stays null. */
const toIso = (value: unknown): string | null => (typeof value === 'string' ? new Date(value).toISOString() : null);

function checkOrder(start: string | null, end: string | null): Violation | null {
  if (start && end && Date.parse(end) <= Date.parse(start))
    return { propertyPath: 'dateEnd', message: 'This value should be greater than dateStart.' };
  return null;
}

const create: Route = {
  method: 'POST',
  pattern: collectionPattern(scheduledForwardModel.path),
  write: true,
  handle: (ctx) => {
    const parsed = readPostJson(ctx.req);
    if ('error' in parsed) return parsed.error;
    const body = parsed.body;
    const found: Violation[] = [];
    const knownNumber = (iri: string): boolean => {
      const id = idFromIri(orderDetailsX2voipNumberModel, iri);
      return id !== null && ctx.data.orderDetailsX2voipNumbers.has(id);
    };
    for (const [name, rule] of Object.entries(scheduledForwardModel.creatable ?? {})) {
      const value = body[name];
      if (value === undefined || value === '') {
        if (rule.required) found.push({ propertyPath: name, message: 'This value should not be blank.' });
        continue;
      }
      const violation = validateField(name, rule, value, knownNumber);
      if (violation) found.push(violation);
    }
    const dateStart = toIso(body['dateStart']);
    const dateEnd = toIso(body['dateEnd']);
    if (found.length === 0) {
      const order = checkOrder(dateStart, dateEnd);
      if (order) found.push(order);
    }
    if (found.length > 0) return violations(found);
    const numberIri = body['orderDetailsX2voipNumber'] as string;
    const target = ctx.data.orderDetailsX2voipNumbers.get(idFromIri(orderDetailsX2voipNumberModel, numberIri) ?? 0);
    const id = ctx.data.scheduledForwards.nextId();
    const row: ScheduledForward = ctx.data.scheduledForwards.insert({
      '@id': iriFor(scheduledForwardModel, id),
      '@type': scheduledForwardModel.type,
      id,
      orderDetailsX2voipNumber: numberIri,
      number: target?.number ?? '',
      forwardTo: body['forwardTo'] as string,
      dateStart,
      dateEnd,
      createdAt: new Date(ctx.req.now).toISOString(),
    });
    return { ...item(row, context, 201), headers: { Location: row['@id'] }, applied: true };
  },
};

const update: Route = {
  method: 'PATCH',
  pattern: itemPattern(scheduledForwardModel.path),
  write: true,
  handle: (ctx) => {
    const row = ctx.data.scheduledForwards.get(paramId(ctx));
    if (!row) return notFound();
    const parsed = readMergePatch(ctx.req);
    if ('error' in parsed) return parsed.error;
    const body = parsed.body;
    const found = validateWritable(scheduledForwardModel.writable, body);
    if (found.length === 0) {
      const start = Object.hasOwn(body, 'dateStart') ? toIso(body['dateStart']) : row.dateStart;
      const end = Object.hasOwn(body, 'dateEnd') ? toIso(body['dateEnd']) : row.dateEnd;
      const order = checkOrder(start, end);
      if (order) found.push(order);
    }
    if (found.length > 0) return violations(found);
    if (Object.hasOwn(body, 'forwardTo')) row.forwardTo = body['forwardTo'] as string;
    if (Object.hasOwn(body, 'dateStart')) row.dateStart = toIso(body['dateStart']);
    if (Object.hasOwn(body, 'dateEnd')) row.dateEnd = toIso(body['dateEnd']);
    return { ...item(row, context), applied: true };
  },
};

const remove: Route = {
  method: 'DELETE',
  pattern: itemPattern(scheduledForwardModel.path),
  write: true,
  handle: (ctx) => (ctx.data.scheduledForwards.remove(paramId(ctx)) ? { status: 204, applied: true } : notFound()),
};

export const scheduledForwardRoutes: Route[] = [
  {
    method: 'GET',
    pattern: collectionPattern(scheduledForwardModel.path),
    handle: listHandler(scheduledForwardModel, table),
  },
  {
    method: 'GET',
    pattern: itemPattern(scheduledForwardModel.path),
    handle: itemHandler(scheduledForwardModel, table),
  },
  create,
  update,
  remove,
];
