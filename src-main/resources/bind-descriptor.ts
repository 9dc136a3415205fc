import { message } from '../../src-preload/contract/messages.ts';
import type { DerivedColumn } from '../../src-preload/contract/presets.ts';
import type { RowPreset } from '../../src-preload/contract/shared/deadlines.ts';
import type {
  ColumnDescriptor,
  ColumnType,
  LookupDescriptor,
  ResourceDescriptor,
} from '../../src-preload/contract/resources.ts';
import type { ResourceModel } from '../api-model/index.ts';
import type { FieldBinding, ResourceBinding, SchemaField } from '../schema/index.ts';
import type { ResourceDefinition } from './types.ts';

/** The binding of an api-model resource (by its collection path) against the current platform schema. */
export type BindingOf = (path: string) => ResourceBinding;

function columnTypeOf(field: SchemaField): ColumnType {
  if (field.type === 'integer' || field.type === 'number') return 'number';
  if (field.type === 'boolean') return 'boolean';
  if (field.type === 'iri') return 'iri';
  if (field.format === 'date-time') return 'datetime';
  if (field.format === 'date') return 'date';
  if (field.enum) return 'status';
  return 'text';
}

export function describeType(field: SchemaField): string {
  const type = field.type === 'array' && field.itemType ? `array of ${field.itemType}` : field.type;
  return field.format ? `${type} (${field.format})` : type;
}

function boundColumn(column: ColumnDescriptor, bound: FieldBinding | undefined): ColumnDescriptor {
  if (!bound) return column;
  const origin = bound.field?.origin ?? 'assumed';
  if (bound.state === 'unresolved') {
    return { ...column, visible: false, binding: 'unresolved', origin: 'assumed' };
  }
  const platform = bound.platform ?? column.field;
  const tones = column.tones
    ? Object.fromEntries(Object.entries(column.tones).map(([value, tone]) => [bound.values[value] ?? value, tone]))
    : undefined;
  // the renderer translates our status names, so it is told which of the platform's spellings means which
  const renamed = Object.entries(bound.values).filter(([ours, theirs]) => theirs !== ours);
  const statusNames =
    column.type === 'status' && renamed.length > 0
      ? Object.fromEntries(renamed.map(([ours, theirs]) => [theirs, ours]))
      : undefined;
  return {
    ...column,
    field: platform,
    ...(platform !== column.field ? { logical: column.field } : {}),
    ...(tones ? { tones } : {}),
    ...(statusNames ? { statusNames } : {}),
    binding: bound.state,
    origin,
    ...(bound.field && (bound.field.enum || bound.field.type === 'boolean') ? { fewValues: true } : {}),
  };
}

/**
 * Registry columns under the platform's field names, then every platform field no registry column shows, under
 * its own name and type. Those are hidden unless a default column could not be bound: then they are shown instead,
 * so a grid never has an empty column where the platform has data.
 */
function bindColumns(columns: readonly ColumnDescriptor[], binding: ResourceBinding): ColumnDescriptor[] {
  const bound = columns.map((column) => boundColumn(column, binding.fields[column.field]));
  const shown = new Set(bound.map((column) => column.field));
  const replacing = bound.some((column, at) => column.binding === 'unresolved' && columns[at]!.visible);
  const extra = binding.unclaimed
    .filter((field) => !shown.has(field.name) && field.readable)
    .map((field): ColumnDescriptor => ({
      field: field.name,
      label: message('common.verbatim', { text: field.name }),
      type: columnTypeOf(field),
      visible: replacing,
      binding: 'platform',
      origin: field.origin,
      platformType: describeType(field),
    }));
  return [...bound, ...extra];
}

const rename = (binding: ResourceBinding, field: string): string => {
  const bound = binding.fields[field];
  return bound?.platform && bound.state !== 'unresolved' ? bound.platform : field;
};

/** Our status values as the platform spells them (a value its enum lacks stays ours: it then matches nothing). */
const bindValuesOf = (binding: ResourceBinding, field: string, values: readonly string[]): string[] =>
  values.map((value) => binding.fields[field]?.values[value] ?? value);

/** A preset filter (a link from the overview, a derived column's condition) under the platform's names and values. */
export function bindPreset(preset: RowPreset, binding: ResourceBinding): RowPreset {
  switch (preset.kind) {
    case 'equals':
      return {
        ...preset,
        field: rename(binding, preset.field),
        values: bindValuesOf(binding, preset.field, preset.values),
      };
    case 'deadline':
      return {
        ...preset,
        field: rename(binding, preset.field),
        ...(preset.when
          ? {
              when: {
                field: rename(binding, preset.when.field),
                values: bindValuesOf(binding, preset.when.field, preset.when.values),
              },
            }
          : {}),
      };
    case 'window':
      return { ...preset, startField: rename(binding, preset.startField), endField: rename(binding, preset.endField) };
    case 'starts-within':
      return { ...preset, startField: rename(binding, preset.startField) };
  }
}

function bindDerived(column: DerivedColumn, binding: ResourceBinding): DerivedColumn {
  return {
    ...column,
    field: rename(binding, column.field),
    ...(column.endField ? { endField: rename(binding, column.endField) } : {}),
    ...(column.when ? { when: bindPreset(column.when, binding) } : {}),
  };
}

function bindLookup(lookup: LookupDescriptor, binding: ResourceBinding, bindingOf: BindingOf): LookupDescriptor {
  let display = lookup.display;
  try {
    display = rename(bindingOf(lookup.path), lookup.display);
  } catch {
    // a lookup into a collection api-model does not describe keeps its display field
  }
  return { ...lookup, field: rename(binding, lookup.field), display };
}

/** A registry entry as the renderer receives it for the current profile: bound to the platform's schema. */
export function bindDescriptor(definition: ResourceDefinition, bindingOf: BindingOf): ResourceDescriptor {
  const descriptor = structuredClone(definition.descriptor);
  const binding = bindingOf(definition.model.path);
  const tabBinding = (model: ResourceModel | undefined): ResourceBinding | null =>
    model ? bindingOf(model.path) : null;
  return {
    ...descriptor,
    columns: bindColumns(descriptor.columns, binding),
    phoneFields: descriptor.phoneFields.map((field) => rename(binding, field)),
    lookups: descriptor.lookups.map((lookup) => bindLookup(lookup, binding, bindingOf)),
    ...(descriptor.derived ? { derived: descriptor.derived.map((column) => bindDerived(column, binding)) } : {}),
    tabs: descriptor.tabs.map((tab) => {
      const bound = tabBinding(definition.tabModels[tab.id]);
      if (!bound) return tab;
      return {
        ...tab,
        columns: bindColumns(tab.columns, bound),
        ...(tab.lookups ? { lookups: tab.lookups.map((lookup) => bindLookup(lookup, bound, bindingOf)) } : {}),
      };
    }),
  };
}
