import { message, type Message, type UiText } from '../../src-preload/contract/messages.ts';
import type { Localized } from '../../src-preload/contract/resources.ts';

/** Refusals of values checked against the platform's own schema, in both UI languages. */
export const WRITE_MESSAGES = {
  notInList: (allowed: readonly string[]): Localized => ({
    en: `Choose one of: ${allowed.join(', ')}.`,
    nl: `Kies een van: ${allowed.join(', ')}.`,
  }),
  notNumber: { en: 'Enter a number.', nl: 'Voer een getal in.' },
  notInteger: { en: 'Enter a whole number.', nl: 'Voer een geheel getal in.' },
  notBoolean: { en: 'Enter yes or no.', nl: 'Voer ja of nee in.' },
  date: { en: 'Enter a date such as 2026-07-01.', nl: 'Voer een datum in zoals 2026-07-01.' },
  requiredOnCreate: (labels: readonly UiText[]): Message => message('resources.requiredOnCreate', { fields: labels }),
} as const;
