import { outportModel } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import { readPostJson } from '../http/body.ts';
import { item } from '../http/hydra.ts';
import { notFound, problem, violations } from '../http/problem.ts';
import type { Route } from './route.ts';
import { readOnlyRoutes, contextOf } from './route.ts';

const table = (data: DemoData) => data.outports;

/** POST /outports/accept-outport {"id": 123}. There is deliberately no deny endpoint: the docs show none. */
const accept: Route = {
  method: 'POST',
  pattern: /^\/outports\/accept-outport$/,
  write: true,
  handle: (ctx) => {
    const parsed = readPostJson(ctx.req);
    if ('error' in parsed) return parsed.error;
    const raw = parsed.body['id'];
    const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(id) || id < 1)
      return violations([{ propertyPath: 'id', message: 'This value should be a positive integer.' }]);
    const outport = ctx.data.outports.get(id);
    if (!outport) return notFound(`Outport ${id} not found.`);
    if (outport.status !== 'pending') return problem(409, `Outport ${id} is not pending (status: ${outport.status}).`);
    outport.status = 'accepted';
    outport.handledAt = new Date(ctx.req.now).toISOString();
    return { ...item(outport, contextOf(outportModel)), applied: true };
  },
};

export const outportRoutes: Route[] = [accept, ...readOnlyRoutes(outportModel, table)];
