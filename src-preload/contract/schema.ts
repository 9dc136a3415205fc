import { z } from 'zod';
import { messageSchema } from './messages.ts';

/** The platform schema of the profile on screen, as the "Platform schema" view and the notices show it. */
const originSchema = z.enum(['documented', 'observed', 'assumed']);

export const schemaProblemSchema = z.enum([
  'hydra-missing',
  'hydra-unreadable',
  'openapi-missing',
  'openapi-unreadable',
  'unreachable',
]);
export type SchemaProblemCode = z.infer<typeof schemaProblemSchema>;

export const schemaStatusSchema = z.object({
  profileId: z.string(),
  /** 'assumed': the platform served no documentation; the built-in model applies and fields are assumed. */
  basis: z.enum(['documented', 'assumed']),
  /** When the documentation was read (epoch ms), or null when never. */
  fetchedAt: z.number().nullable(),
  /** Read from the offline copy because the platform could not be asked. */
  fromCache: z.boolean(),
  hydra: z.boolean(),
  openApiVersion: z.string().nullable(),
  problems: z.array(schemaProblemSchema),
  /** Registry fields the platform has no field for, per registry resource label. */
  unresolved: z.array(z.object({ resource: messageSchema, field: z.string() })),
});
export type SchemaStatus = z.infer<typeof schemaStatusSchema>;

export const schemaFieldViewSchema = z.object({
  name: z.string(),
  /** Plain type text: 'string (date-time)', 'integer', 'array of string', 'link'. */
  type: z.string(),
  enum: z.array(z.string()).nullable(),
  nullable: z.boolean(),
  readable: z.boolean(),
  writable: z.boolean(),
  creatable: z.boolean(),
  required: z.boolean(),
  maxLength: z.number().nullable(),
  /** The resource a link points into (its type or registry label), or null. */
  relation: z.string().nullable(),
  origin: originSchema,
  /** The registry's name for this field when it binds one. */
  logical: z.string().nullable(),
});
export type SchemaFieldView = z.infer<typeof schemaFieldViewSchema>;

export const schemaDifferenceViewSchema = z.object({
  field: z.string().nullable(),
  kind: z.enum([
    'renamed',
    'missing',
    'values',
    'writable',
    'max-length',
    'undeclared',
    'unknown-field',
    'filter-missing',
    'page-size',
  ]),
  ours: z.string().nullable(),
  theirs: z.string().nullable(),
});
export type SchemaDifferenceView = z.infer<typeof schemaDifferenceViewSchema>;

export const schemaResourceViewSchema = z.object({
  /** The registry's label when the console has a view for it, else the platform's type name. */
  label: messageSchema,
  type: z.string().nullable(),
  registry: z.string().nullable(),
  origin: originSchema,
  /** What the platform allows: read, create, change, replace, delete. */
  operations: z.array(z.enum(['read', 'create', 'change', 'replace', 'delete'])),
  itemsPerPage: z.object({ default: z.number().nullable(), maximum: z.number().nullable() }),
  filters: z.array(z.object({ name: z.string(), type: z.string(), origin: originSchema })),
  fields: z.array(schemaFieldViewSchema),
  differences: z.array(schemaDifferenceViewSchema),
});
export type SchemaResourceView = z.infer<typeof schemaResourceViewSchema>;

export const platformSchemaViewSchema = z.object({
  status: schemaStatusSchema,
  resources: z.array(schemaResourceViewSchema),
});
export type PlatformSchemaView = z.infer<typeof platformSchemaViewSchema>;

/** Rows of another collection related to one item, read with a filter the platform documents where it has one. */
export const relatedQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('numbers-of-order'), iri: z.string().min(1).max(300) }).strict(),
  z.object({ kind: z.literal('numbers-of-block'), iri: z.string().min(1).max(300) }).strict(),
  z.object({ kind: z.literal('devices-by-unit-code'), unitCode: z.string().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('blocks-outside-pool'), iri: z.string().min(1).max(300) }).strict(),
]);
export type RelatedQuery = z.infer<typeof relatedQuerySchema>;

export const relatedRowsSchema = z.object({
  /** The registry view the rows belong to. */
  resource: z.string(),
  rows: z.array(z.record(z.string(), z.unknown())),
  /** The documented filter that was used, or null when the rows were picked from the offline copy. */
  filter: z.string().nullable(),
});
export type RelatedRows = z.infer<typeof relatedRowsSchema>;
