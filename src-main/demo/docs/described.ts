import {
  resourceModels,
  type FieldAssumption,
  type FilterAssumption,
  type ResourceModel,
  type WritableRule,
} from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import type { DemoDialect } from '../dialect/dialects.ts';
import type { Table } from '../table.ts';

/** One field as the demo documents it: in the dialect's name and values, with what writes accept. */
export interface DescribedField {
  readonly name: string;
  readonly kind: FieldAssumption['kind'];
  readonly nullable: boolean;
  readonly values: readonly string[] | null;
  readonly relation: string | null;
  readonly writable: WritableRule | null;
  readonly creatable: (WritableRule & { readonly required: boolean }) | null;
}

export interface DescribedResource {
  readonly model: ResourceModel;
  /** The collection the list is read from. */
  readonly path: string;
  readonly fields: readonly DescribedField[];
  readonly filters: readonly FilterAssumption[];
  readonly methods: readonly ResourceModel['methods'][number][];
  readonly maxItemsPerPage: number;
}

const TABLES: Readonly<Record<string, (data: DemoData) => Table<{ id: number }>>> = {
  '/phonenumbers': (data) => data.phoneNumbers,
  '/number-blocks': (data) => data.numberBlocks,
  '/areacodes': (data) => data.areaCodes,
  '/simcards': (data) => data.simCards,
  '/tracking-devices': (data) => data.trackingDevices,
  '/tracking-device-outages': (data) => data.trackingDeviceOutages,
  '/outports': (data) => data.outports,
  '/order-details-x2voips': (data) => data.orderDetailsX2voips,
  '/order-details-x2voip-numbers': (data) => data.orderDetailsX2voipNumbers,
  '/order-details-x2voip-numbers-scheduled-forwards': (data) => data.scheduledForwards,
  '/x2voip-routes': (data) => data.x2voipRoutes,
  '/x2voip-outbound-routes': (data) => data.x2voipOutboundRoutes,
  '/x2voip-call-barrings': (data) => data.x2voipCallBarrings,
  '/customers': (data) => data.customers,
  '/orders': (data) => data.orders,
};

function kindOfValue(value: unknown): FieldAssumption['kind'] {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && value !== null) return 'object';
  return 'string';
}

/**
 * The demo's resources as its documentation presents them: api-model's fields plus the ones its tables carry
 * beyond the model (the extra field per resource), in the dialect's names, values and write rules.
 */
export function describeResources(data: DemoData, dialect: DemoDialect): DescribedResource[] {
  return resourceModels.map((model) => {
    const path = model.listPath ?? model.path;
    // the dialect speaks of items, which live under the model's path even where the list is a report
    const names = dialect.fields[model.path] ?? {};
    const values = dialect.values[model.path] ?? {};
    const extraWritable = dialect.extraWritable[model.path] ?? {};
    const sample = TABLES[model.path]?.(data).all()[0] as Record<string, unknown> | undefined;
    const known = new Set(model.fields.map((field) => field.name));
    const extras: FieldAssumption[] = Object.entries(sample ?? {})
      .filter(([name]) => !name.startsWith('@') && name !== 'id' && !known.has(name))
      .map(([name, value]) => ({ name, kind: kindOfValue(value), source: 'assumed', nullable: value === null }));
    const fields = [...model.fields, ...extras].map((field): DescribedField => {
      const writable = model.writable[field.name] ?? extraWritable[field.name] ?? null;
      const valueMap = values[field.name];
      return {
        name: names[field.name] ?? field.name,
        kind: field.kind,
        nullable: field.nullable ?? writable?.nullable ?? false,
        values: field.values ? field.values.map((value) => valueMap?.[value] ?? value) : null,
        relation: field.iriOf ?? null,
        writable,
        creatable: model.creatable?.[field.name] ?? null,
      };
    });
    for (const [name, rule] of Object.entries(extraWritable)) {
      if (!known.has(name) && !extras.some((extra) => extra.name === name)) {
        fields.push({
          name: names[name] ?? name,
          kind: 'string',
          nullable: rule.nullable,
          values: null,
          relation: null,
          writable: rule,
          creatable: null,
        });
      }
    }
    const patchable = Object.keys(extraWritable).length > 0;
    const methods =
      patchable && !model.methods.includes('PATCH') ? [...model.methods, 'PATCH' as const] : [...model.methods];
    const maxItemsPerPage = Math.min(model.maxItemsPerPage, dialect.pageSize?.max ?? model.maxItemsPerPage);
    return { model, path, fields, filters: model.filters, methods, maxItemsPerPage };
  });
}

/** The Hydra class name of a collection path, for relations. */
export function classOfPath(path: string): string | null {
  return resourceModels.find((model) => model.path === path)?.type ?? null;
}
