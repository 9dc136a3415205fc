import { registryLabel, resourceAtPath, type ResourceDefinition } from '../resources/index.ts';
import { assumedBinding } from '../resources/writes.ts';
import { schemaWritables, type BoundWritable } from '../resources/writable.ts';
import type { Message } from '../../src-preload/contract/messages.ts';
import { logicalValue, platformName, platformValue, type ResourceBinding, type SchemaField } from '../schema/index.ts';
import type { ValueType } from './compare.ts';

/** The registry resource at `path` bound to the platform's schema (the schema service's `binding`). */
export type BindingSource = (path: string) => ResourceBinding;

/** Without a schema: api-model's assumptions, every field under our own name. */
export const assumedBindingAt: BindingSource = (path) => {
  const resource = resourceAtPath(path);
  if (!resource) throw new Error(`no registry resource at ${path}`);
  return assumedBinding(resource);
};

/**
 * The operator's name of a field the console writes, given by the platform's name in the collection at `path`;
 * the platform's name itself when the console has none for it.
 */
export function writtenFieldLabels(
  bindingAt: BindingSource,
): (path: string, platformField: string) => Message | string {
  const schemas = new Map<string, WriteSchema | null>();
  const schemaAt = (path: string): WriteSchema | null => {
    if (!schemas.has(path)) {
      const resource = resourceAtPath(path);
      schemas.set(path, resource ? writeSchemaOf(resource, bindingAt(path)) : null);
    }
    return schemas.get(path) ?? null;
  };
  return (path, platformField) => schemaAt(path)?.writable(platformField)?.descriptor.label ?? platformField;
}

/** One resource as the planners write it: the platform's names, status spellings, writable fields and types. */
export interface WriteSchema {
  readonly resource: ResourceDefinition;
  readonly binding: ResourceBinding;
  /** Every field the platform lets us write, under its own name. */
  readonly writables: readonly BoundWritable[];
  /** Every field the platform accepts when creating, under its own name. */
  readonly creatables: readonly BoundWritable[];
  /** The platform's name of a registry field (our own where nothing better is known). */
  name(logical: string): string;
  /** A writable field by the platform's name or the registry's. */
  writable(field: string): BoundWritable | undefined;
  /** The platform's field behind a registry field, when it describes one. */
  field(logical: string): SchemaField | null;
  /** A registry field's value in a platform row. */
  read(row: Readonly<Record<string, unknown>>, logical: string): unknown;
  /** The platform's spelling of one of our status values; null when its enum has none. */
  value(logical: string, ours: string): string | null;
  /** Our status value for what the platform sent; null when it is none we know. */
  ours(logical: string, value: unknown): string | null;
  /** How values of a platform field compare. */
  valueType(platformField: string): ValueType;
}

function typeOfField(field: SchemaField | undefined, phone: boolean): ValueType {
  if (!field) return 'unknown';
  if (phone) return 'phone';
  if (field.enum) return 'enum';
  switch (field.type) {
    case 'string':
      return field.format === 'date-time' ? 'datetime' : field.format === 'date' ? 'date' : 'text';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'iri':
      return 'iri';
    default:
      return field.relation !== null ? 'iri' : 'unknown';
  }
}

export function writeSchemaOf(resource: ResourceDefinition, binding: ResourceBinding): WriteSchema {
  const writables = schemaWritables(resource, binding, registryLabel);
  const creatables = schemaWritables(resource, binding, registryLabel, 'create');
  const phones = new Set(resource.descriptor.phoneFields.map((logical) => platformName(binding, logical)));
  for (const w of writables) if (w.phone) phones.add(w.platform);
  const byPlatform = new Map<string, SchemaField>();
  for (const field of binding.schema.fields) byPlatform.set(field.name, field);
  for (const b of Object.values(binding.fields)) if (b.platform && b.field) byPlatform.set(b.platform, b.field);
  return {
    resource,
    binding,
    writables,
    creatables,
    name: (logical) => platformName(binding, logical),
    writable: (field) => writables.find((w) => w.platform === field) ?? writables.find((w) => w.logical === field),
    field: (logical) => binding.fields[logical]?.field ?? null,
    read: (row, logical) => row[platformName(binding, logical)],
    value: (logical, ours) => platformValue(binding, logical, ours),
    ours: (logical, value) => logicalValue(binding, logical, value),
    valueType: (platform) => typeOfField(byPlatform.get(platform), phones.has(platform)),
  };
}
