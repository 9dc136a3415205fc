import { message, type Message } from '../../src-preload/contract/messages.ts';
import type { WritableFieldDescriptor } from '../../src-preload/contract/resources.ts';
import type { ResourceModel } from '../api-model/index.ts';
import type { ResourceBinding, SchemaField } from '../schema/index.ts';
import { EDIT_MESSAGES } from './edit-messages.ts';
import { DUTCH_NUMBER_INPUT_PATTERN } from './phone-search.ts';
import type { ResourceDefinition } from './types.ts';

export interface WritableSpec {
  label: Message;
  /** A string field holding a phone number: typed loosely, stored nationally. */
  phone?: boolean;
}

/**
 * The writable-field descriptors of a resource, exactly the fields api-model marks writable: a spec for a field the
 * model does not list, or a writable field without a spec, is a programming error caught at load.
 */
export function writableFields(
  model: ResourceModel,
  specs: Readonly<Record<string, WritableSpec>>,
): WritableFieldDescriptor[] {
  const modelFields = Object.keys(model.writable);
  const extra = Object.keys(specs).filter((field) => !Object.hasOwn(model.writable, field));
  const missing = modelFields.filter((field) => !Object.hasOwn(specs, field));
  if (extra.length > 0 || missing.length > 0) {
    throw new Error(`${model.path}: writable specs differ from api-model (extra ${extra}, missing ${missing})`);
  }
  return modelFields.map((field) => {
    const rule = model.writable[field]!;
    const spec = specs[field]!;
    const base = { field, label: spec.label, nullable: rule.nullable };
    switch (rule.kind) {
      case 'datetime':
        return { ...base, kind: 'datetime' };
      case 'iri':
        return { ...base, kind: 'iri' };
      case 'string':
        // a phone field is checked on its normalised form, so its length limit does not apply to what is typed
        if (spec.phone) {
          return {
            ...base,
            kind: 'phone',
            pattern: DUTCH_NUMBER_INPUT_PATTERN,
            patternMessage: EDIT_MESSAGES.phone,
          };
        }
        return {
          ...base,
          kind: 'text',
          maxLength: rule.maxLength,
          ...(rule.pattern
            ? {
                pattern: rule.pattern.source,
                patternMessage: rule.patternMessage
                  ? EDIT_MESSAGES.platformRule(rule.patternMessage)
                  : EDIT_MESSAGES.patternDefault,
              }
            : {}),
        };
    }
  });
}

/** A field the platform lets us write, as the registry presents it. */
export interface BoundWritable {
  /** The registry's name; null for a platform field the registry has no name for. */
  readonly logical: string | null;
  /** The platform's name: what the PATCH body and the rows use. */
  readonly platform: string;
  readonly field: SchemaField;
  /** A string field holding a phone number (the registry says so; the platform's schema cannot). */
  readonly phone: boolean;
  /** What the renderer receives; `field` is the platform's name. */
  readonly descriptor: WritableFieldDescriptor;
}

const IDENTITY = new Set(['@id', '@type', '@context', 'id']);

/** What the registry calls a field elsewhere (a SIM card's cost center is labelled like a phone number's). */
export type LabelLookup = (name: string) => Message | undefined;

function labelOf(resource: ResourceDefinition, logical: string | null, platform: string, known: LabelLookup): Message {
  const name = logical ?? platform;
  return (
    resource.descriptor.writable.find((w) => w.field === name)?.label ??
    resource.descriptor.columns.find((c) => c.field === name)?.label ??
    known(name) ??
    message('common.verbatim', { text: platform })
  );
}

function describe(
  field: SchemaField,
  platform: string,
  logical: string | null,
  label: Message,
  phone: boolean,
  mode: 'update' | 'create',
): WritableFieldDescriptor {
  const base = {
    field: platform,
    ...(logical !== null ? { logical } : {}),
    label,
    nullable: field.nullable,
    required: mode === 'create' ? field.required : !field.nullable,
  };
  if (phone)
    return { ...base, kind: 'phone', pattern: DUTCH_NUMBER_INPUT_PATTERN, patternMessage: EDIT_MESSAGES.phone };
  if (field.enum) return { ...base, kind: 'enum', options: field.enum.map(String) };
  if (field.type === 'boolean') return { ...base, kind: 'boolean' };
  if (field.type === 'integer' || field.type === 'number') return { ...base, kind: 'number' };
  if (field.type === 'iri' || field.relation !== null) return { ...base, kind: 'iri' };
  if (field.format === 'date-time') return { ...base, kind: 'datetime' };
  return { ...base, kind: 'text', ...(field.maxLength !== null ? { maxLength: field.maxLength } : {}) };
}

/**
 * Every field the platform declares writable (or creatable) on this resource (or, without documentation, what
 * api-model assumes), under the platform's names: the registry's fields through their binding, then the platform's own
 * fields no registry field claims. Labels and phone hints come from the registry.
 */
export function schemaWritables(
  resource: ResourceDefinition,
  binding: ResourceBinding,
  known: LabelLookup = () => undefined,
  /** 'update': what a PATCH may change; 'create': what a POST may send. */
  mode: 'update' | 'create' = 'update',
): BoundWritable[] {
  const phones = new Set([
    ...resource.descriptor.phoneFields,
    ...resource.descriptor.writable.filter((w) => w.kind === 'phone').map((w) => w.field),
  ]);
  const bound = Object.values(binding.fields).flatMap((b) =>
    b.platform !== null && b.field !== null ? [{ logical: b.logical, platform: b.platform, field: b.field }] : [],
  );
  const own = binding.unclaimed.map((field) => ({ logical: null, platform: field.name, field }));
  return [...bound, ...own]
    .filter(({ platform, field }) => (mode === 'update' ? field.writable : field.creatable) && !IDENTITY.has(platform))
    .map(({ logical, platform, field }) => {
      const phone = logical !== null && phones.has(logical) && field.type === 'string';
      return {
        logical,
        platform,
        field,
        phone,
        descriptor: describe(field, platform, logical, labelOf(resource, logical, platform, known), phone, mode),
      };
    });
}
