import { z } from 'zod';
import { uiSettingsSchema } from './channels.ts';
import {
  cacheNoticeSchema,
  gridChangesSchema,
  gridProgressSchema,
  gridRowsSchema,
  gridSyncEndSchema,
} from './grids.ts';
import { budgetSnapshotSchema, connectionStatusSchema, profileListSchema } from './profiles.ts';
import { bulkEventSchema } from './bulk.ts';
import { schemaStatusSchema } from './schema.ts';

/** Every main-to-renderer event and its payload. */
export const events = {
  'settings:changed': uiSettingsSchema,
  'profiles:changed': profileListSchema,
  'connection:changed': connectionStatusSchema,
  'budget:changed': budgetSnapshotSchema,
  'grid:progress': gridProgressSchema,
  'grid:rows': gridRowsSchema,
  'grid:changes': gridChangesSchema,
  'grid:sync-end': gridSyncEndSchema,
  'cache:notice': cacheNoticeSchema,
  'bulk:event': bulkEventSchema,
  /** The platform schema of the profile on screen changed: descriptors are bound anew. */
  'schema:changed': schemaStatusSchema.nullable(),
  /** The application menu asked for a dialog (Settings…); the renderer opens it like its own buttons do. */
  'app:open-dialog': z.enum(['settings']),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
