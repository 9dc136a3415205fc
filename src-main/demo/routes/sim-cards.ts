import { simCardModel, validateWritable } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import { readMergePatch } from '../http/body.ts';
import { item } from '../http/hydra.ts';
import { methodNotAllowed, notFound, violations } from '../http/problem.ts';
import type { Route } from './route.ts';
import { contextOf, itemPattern, paramId, readOnlyRoutes } from './route.ts';

const table = (data: DemoData) => data.simCards;

/** Read-only unless the dialect makes fields writable (the renamed dialect's cost center). */
export const simCardRoutes: Route[] = [
  ...readOnlyRoutes(simCardModel, table),
  {
    method: 'PATCH',
    pattern: itemPattern(simCardModel.path),
    write: true,
    handle: (ctx) => {
      const rules = ctx.data.extraWritable[simCardModel.path];
      if (!rules) return methodNotAllowed('PATCH', ['GET']);
      const row = table(ctx.data).get(paramId(ctx));
      if (!row) return notFound();
      const parsed = readMergePatch(ctx.req);
      if ('error' in parsed) return parsed.error;
      const found = validateWritable(rules, parsed.body);
      if (found.length > 0) return violations(found);
      for (const field of Object.keys(rules)) if (Object.hasOwn(parsed.body, field)) row[field] = parsed.body[field];
      return { ...item(row, contextOf(simCardModel)), applied: true };
    },
  },
];
