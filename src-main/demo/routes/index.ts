import {
  areaCodeModel,
  orderDetailsX2voipModel,
  orderDetailsX2voipNumberModel,
  x2voipCallBarringModel,
  x2voipOutboundRouteModel,
  x2voipRouteModel,
} from '../../api-model/index.ts';
import { customerOrderRoutes } from './customers-orders.ts';
import { numberBlockRoutes } from './number-blocks.ts';
import { outportRoutes } from './outports.ts';
import { phoneNumberRoutes } from './phone-numbers.ts';
import type { Route } from './route.ts';
import { readOnlyRoutes } from './route.ts';
import { scheduledForwardRoutes } from './scheduled-forwards.ts';
import { simCardRoutes } from './sim-cards.ts';
import { trackingRoutes } from './tracking.ts';

export type { Route, RouteContext } from './route.ts';

/** Every endpoint of the demo platform. Undocumented filters are ignored, as the platform ignores unknown parameters. */
export const routes: readonly Route[] = [
  ...phoneNumberRoutes,
  ...numberBlockRoutes,
  ...readOnlyRoutes(areaCodeModel, (data) => data.areaCodes),
  ...simCardRoutes,
  ...trackingRoutes,
  ...outportRoutes,
  ...readOnlyRoutes(orderDetailsX2voipModel, (data) => data.orderDetailsX2voips),
  ...readOnlyRoutes(orderDetailsX2voipNumberModel, (data) => data.orderDetailsX2voipNumbers),
  ...scheduledForwardRoutes,
  ...readOnlyRoutes(x2voipRouteModel, (data) => data.x2voipRoutes),
  ...readOnlyRoutes(x2voipOutboundRouteModel, (data) => data.x2voipOutboundRoutes),
  ...readOnlyRoutes(x2voipCallBarringModel, (data) => data.x2voipCallBarrings),
  ...customerOrderRoutes,
];

export type RouteMatch = { route: Route; params: string[] } | { allowed: string[] } | null;

/** Finds the route for method + path; a path that exists under other methods yields the allowed list (405). */
export function matchRoute(method: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    if (route.method === method) return { route, params: m.slice(1) };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed } : null;
}
