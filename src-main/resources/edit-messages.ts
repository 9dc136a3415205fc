import { message, type Message } from '../../src-preload/contract/messages.ts';

/** What the user reads when an edit is refused (texts in the renderer's catalog, msg.resources.edit). */
export const EDIT_MESSAGES = {
  /** `field` is the name the edit asked for, as it was sent. */
  notWritable: (field: string): Message => message('resources.edit.notWritable', { field }),
  missing: message('resources.edit.missing'),
  required: message('resources.edit.required'),
  notText: message('resources.edit.notText'),
  tooLong: (max: number, actual: number): Message => message('resources.edit.tooLong', { count: max, actual }),
  phone: message('resources.edit.phone'),
  datetime: message('resources.edit.datetime'),
  iri: message('resources.edit.iri'),
  endNotAfterStart: message('resources.edit.endNotAfterStart'),
  patternDefault: message('resources.edit.patternDefault'),
  /** The platform's own words for a rule its schema states. */
  platformRule: (rule: string): Message => message('resources.edit.platformRule', { rule }),
} as const;
