import type { FieldAssumption, FilterAssumption, ResourceModel, WritableRule } from '../api-model/index.ts';
import type { FilterType, ResourceSchema, SchemaField, SchemaFieldType } from './types.ts';

const TYPE_OF_KIND: Readonly<Record<FieldAssumption['kind'], SchemaFieldType>> = {
  integer: 'integer',
  number: 'number',
  string: 'string',
  boolean: 'boolean',
  iri: 'iri',
  datetime: 'string',
  date: 'string',
  enum: 'string',
  object: 'object',
  array: 'array',
};

const FORMAT_OF_KIND: Partial<Record<FieldAssumption['kind'], string>> = {
  datetime: 'date-time',
  date: 'date',
  iri: 'iri-reference',
};

const FILTER_TYPE: Readonly<Record<FilterAssumption['kind'], FilterType>> = {
  integer: 'integer',
  string: 'string',
  'integer[]': 'array',
  flag: 'integer',
};

const maxLengthOf = (rule: WritableRule | undefined): number | null =>
  rule?.kind === 'string' ? rule.maxLength : null;

/** One api-model field as a schema field: what we assume when the platform has not said otherwise. */
export function assumedField(model: ResourceModel, field: FieldAssumption): SchemaField {
  const update = model.writable[field.name];
  const create = model.creatable?.[field.name];
  return {
    name: field.name,
    type: TYPE_OF_KIND[field.kind],
    format: FORMAT_OF_KIND[field.kind] ?? null,
    enum: field.values ? [...field.values] : null,
    nullable: field.nullable ?? update?.nullable ?? false,
    readable: true,
    writable: update !== undefined,
    creatable: create !== undefined,
    required: create?.required ?? false,
    maxLength: maxLengthOf(update) ?? maxLengthOf(create),
    relation: field.iriOf ?? null,
    itemType: field.kind === 'array' ? 'string' : null,
    description: field.note ?? null,
    origin: 'assumed',
  };
}

/** The built-in model of a resource in schema form. */
export function assumedSchema(model: ResourceModel): ResourceSchema {
  return {
    path: model.path,
    type: model.type,
    fields: model.fields.map((field) => assumedField(model, field)),
    filters: model.filters.map((filter) => ({
      name: filter.name,
      type: FILTER_TYPE[filter.kind],
      required: false,
      description: filter.note ?? null,
      origin: 'assumed',
    })),
    methods: [...model.methods],
    itemsPerPage: { default: model.defaultItemsPerPage, maximum: model.maxItemsPerPage },
    origin: 'assumed',
  };
}
