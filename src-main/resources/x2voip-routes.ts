import { message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { x2voipCallBarringModel, x2voipOutboundRouteModel, x2voipRouteModel } from '../api-model/index.ts';
import { column, LABELS, X2VOIP_ACCOUNT_LOOKUP } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(x2voipRouteModel, {});
const account = (visible: boolean) => column('orderDetailsX2voip', LABELS.x2voipAccount, 'iri', visible);

/**
 * Read-only: routes, outbound routes and call barrings are documented as lists only, with no fields and no writable
 * field, so there is no bulk edit. Field names are assumed. The tabs show the X2VoIP account by name too (same
 * field).
 */
const descriptor: ResourceDescriptor = {
  id: 'x2voip-routes',
  path: x2voipRouteModel.path,
  label: message('resources.plural.x2voipRoutes'),
  singular: message('resources.singular.x2voipRoute'),
  columns: [
    account(true),
    column('name', LABELS.name, 'text', true),
    column('routeType', message('columns.routeType'), 'text', true),
    column('destination', message('columns.destination'), 'text', true),
    column('priority', LABELS.priority, 'number', true, { width: 80 }),
    column('isActive', message('columns.active'), 'boolean', true, { width: 70 }),
  ],
  // a forward route's destination is a phone number; other destinations (extensions, IVR names) are not
  phoneFields: ['destination'],
  writable,
  actions: [],
  lookups: [X2VOIP_ACCOUNT_LOOKUP],
  tabs: [
    {
      id: 'outbound-routes',
      label: message('resources.tab.outboundRoutes'),
      path: x2voipOutboundRouteModel.path,
      columns: [
        account(true),
        column('name', LABELS.name, 'text', true),
        column('prefix', message('columns.prefix'), 'text', true, { width: 80 }),
        column('trunk', message('columns.trunk'), 'text', true),
        column('carrier', message('columns.carrier'), 'text', true),
        column('priority', LABELS.priority, 'number', true, { width: 80 }),
      ],
      lookups: [X2VOIP_ACCOUNT_LOOKUP],
    },
    {
      id: 'call-barrings',
      label: message('resources.tab.callBarrings'),
      path: x2voipCallBarringModel.path,
      columns: [
        account(true),
        column('callType', message('columns.callType'), 'text', true),
        column('isBarred', message('columns.barred'), 'boolean', true, { width: 90 }),
      ],
      lookups: [X2VOIP_ACCOUNT_LOOKUP],
    },
  ],
  requiresWholesaler: false,
};

export const x2voipRoutes: ResourceDefinition = {
  id: 'x2voip-routes',
  descriptor,
  model: x2voipRouteModel,
  tabModels: { 'outbound-routes': x2voipOutboundRouteModel, 'call-barrings': x2voipCallBarringModel },
  path: x2voipRouteModel.path,
  itemKey: '@id',
  defaultQuery: {},
  validateEdit: createEditValidator(x2voipRouteModel, writable),
};
