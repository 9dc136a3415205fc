import { z } from 'zod';
import { messageSchema } from './messages.ts';

/** The filters a link can open a grid with, and the conditions of derived columns (see shared/deadlines.ts). */
const deadlineBucketSchema = z.enum(['overdue', 'today', 'tomorrow', 'week', 'later']);
const windowStateSchema = z.enum(['active', 'upcoming', 'ended']);

export const rowPresetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('equals'), field: z.string(), values: z.array(z.string()) }),
  z.object({
    kind: z.literal('deadline'),
    field: z.string(),
    buckets: z.array(deadlineBucketSchema),
    when: z.object({ field: z.string(), values: z.array(z.string()) }).optional(),
  }),
  z.object({
    kind: z.literal('window'),
    startField: z.string(),
    endField: z.string(),
    states: z.array(windowStateSchema),
  }),
  z.object({ kind: z.literal('starts-within'), startField: z.string(), withinMs: z.number() }),
]);

/** A column the console computes from a row's own fields (days left, a forward's state), declared by the registry. */
export const derivedColumnSchema = z.object({
  id: z.string(),
  label: messageSchema,
  /** days-left: calendar days (Amsterdam) until `field`; window-state: active/upcoming/ended of field…endField. */
  kind: z.enum(['days-left', 'window-state']),
  field: z.string(),
  endField: z.string().optional(),
  /** Only rows that match get a value (pending outports, blocks in cool-off); others stay empty and sort last. */
  when: rowPresetSchema.optional(),
  /** The grid sorts by this column until the user sorts otherwise. */
  initialSort: z.literal('asc').optional(),
});
export type DerivedColumn = z.infer<typeof derivedColumnSchema>;
