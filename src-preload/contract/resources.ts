import { z } from 'zod';
import { messageSchema } from './messages.ts';
import { derivedColumnSchema } from './presets.ts';

/**
 * The resource registry as the renderer receives it: everything needed to build a grid, a detail panel and the
 * bulk actions of one resource, as plain data. Main keeps the behaviour (validation, requests) for each entry.
 */
export { localizedSchema, type Localized } from './messages.ts';

export const columnTypeSchema = z.enum([
  'text',
  'number',
  'date',
  'datetime',
  'duration',
  'status',
  'iri',
  'boolean',
  'phone',
]);
export type ColumnType = z.infer<typeof columnTypeSchema>;

export const toneSchema = z.enum(['green', 'amber', 'red', 'grey', 'blue']);
export type Tone = z.infer<typeof toneSchema>;

export const columnSchema = z.object({
  /** The field of the platform's item; a dotted path reaches into nested objects. */
  field: z.string(),
  label: messageSchema,
  type: columnTypeSchema,
  /** Shown when the user has not chosen otherwise. */
  visible: z.boolean(),
  width: z.number().int().positive().optional(),
  /** For status columns: the chip colour of each known value (unknown values get grey). */
  tones: z.record(z.string(), toneSchema).optional(),
  /** For iri columns: the registry id of the resource the IRI points into, when the console has a view for it. */
  linksTo: z.string().optional(),
  /** The registry's own (logical) name of the field, when the platform names it differently. */
  logical: z.string().optional(),
  /**
   * How the column found its platform field: our name, another casing/wording (alias), our assumption (nothing to
   * check against), unresolved (the platform has no such field: hidden, its own fields shown), or a field of the
   * platform's the registry does not know ('platform').
   */
  binding: z.enum(['exact', 'alias', 'assumed', 'unresolved', 'platform']).optional(),
  /** Whether the platform's documentation declares the field, only its data shows it, or we assume it. */
  origin: z.enum(['documented', 'observed', 'assumed']).optional(),
  /** The platform's type of a field the registry does not know, e.g. 'string (date-time)'. */
  platformType: z.string().optional(),
  /** The platform's schema lists the field's values (an enum) or declares it boolean: filtered by ticking values. */
  fewValues: z.boolean().optional(),
  /** A status column's values as the platform spells them → the console's name for each, where they differ. */
  statusNames: z.record(z.string(), z.string()).optional(),
});
export type ColumnDescriptor = z.infer<typeof columnSchema>;

export const writableFieldSchema = z.object({
  /** The platform's name of the field: what its rows and write bodies use. */
  field: z.string(),
  /** The registry's name for it, when the registry knows the field (e.g. 'forwardTo' for the platform's 'forwardNumber'). */
  logical: z.string().optional(),
  label: messageSchema,
  kind: z.enum(['text', 'datetime', 'iri', 'phone', 'number', 'boolean', 'enum']),
  nullable: z.boolean(),
  /** Edits: the field cannot be emptied (not nullable). Create forms: the platform needs a value for it. */
  required: z.boolean().optional(),
  maxLength: z.number().int().positive().optional(),
  /** For kind 'enum': the values the platform accepts, in its own spelling. */
  options: z.array(z.string()).optional(),
  /** A regular expression (JavaScript syntax) the value must match, with the message shown when it does not. */
  pattern: z.string().optional(),
  patternMessage: messageSchema.optional(),
});
export type WritableFieldDescriptor = z.infer<typeof writableFieldSchema>;

export const actionSchema = z.object({
  id: z.string(),
  label: messageSchema,
  /** What the action works on: the selected rows, or exactly one row. */
  scope: z.enum(['selection', 'single']),
  /** How it reaches the platform; 'get-side-effect' marks GET endpoints that change data (number-block split). */
  method: z.enum(['PATCH', 'POST', 'DELETE', 'GET']),
  sideEffectOnGet: z.boolean().optional(),
  /** The user must confirm after seeing the affected rows. */
  confirm: z.boolean(),
  note: messageSchema.optional(),
  /** For actions that create items: the fields the platform accepts on create, under its names, required ones marked. */
  fields: z.array(writableFieldSchema).optional(),
});
export type ActionDescriptor = z.infer<typeof actionSchema>;

export const lookupSchema = z.object({
  /** The iri field of this resource whose values are resolved... */
  field: z.string(),
  /** ...against this collection... */
  path: z.string(),
  /** ...showing this field of the target instead of the IRI. */
  display: z.string(),
});
export type LookupDescriptor = z.infer<typeof lookupSchema>;

export const tabSchema = z.object({
  id: z.string(),
  label: messageSchema,
  path: z.string(),
  columns: z.array(columnSchema),
  /** IRI fields of the tab's rows shown by name, as the resource's own lookups. */
  lookups: z.array(lookupSchema).optional(),
});
export type TabDescriptor = z.infer<typeof tabSchema>;

export const resourceDescriptorSchema = z.object({
  /** Registry id, also the view id: 'phone-numbers', 'number-blocks', … */
  id: z.string(),
  path: z.string(),
  label: messageSchema,
  singular: messageSchema,
  columns: z.array(columnSchema),
  /** Fields whose values are phone numbers: quick search also finds them typed as +31…, 31… or 0…. */
  phoneFields: z.array(z.string()),
  writable: z.array(writableFieldSchema),
  actions: z.array(actionSchema),
  lookups: z.array(lookupSchema),
  /** Related collections shown as tabs next to the main grid (outbound routes, call barrings, outage report). */
  tabs: z.array(tabSchema),
  /** Needs superuser or wholesaler rights; without them the platform answers 403. */
  requiresWholesaler: z.boolean(),
  /** Columns computed from each row's own fields (days left, a forward's state); after the registry's columns. */
  derived: z.array(derivedColumnSchema).optional(),
});
export type ResourceDescriptor = z.infer<typeof resourceDescriptorSchema>;
