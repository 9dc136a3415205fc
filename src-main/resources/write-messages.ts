import { message, type Message, type UiText } from '../../src-preload/contract/messages.ts';

/** Refusals of values checked against the platform's own schema (texts in the renderer's catalog). */
export const WRITE_MESSAGES = {
  /** The allowed values as the platform spells them. */
  notInList: (allowed: readonly string[]): Message =>
    message('resources.edit.notInList', { options: allowed.join(', ') }),
  notNumber: message('resources.edit.notNumber'),
  notInteger: message('resources.edit.notInteger'),
  notBoolean: message('resources.edit.notBoolean'),
  date: message('resources.edit.date'),
  requiredOnCreate: (labels: readonly UiText[]): Message => message('resources.requiredOnCreate', { fields: labels }),
} as const;
