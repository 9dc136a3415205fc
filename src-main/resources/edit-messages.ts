import type { Localized } from '../../src-preload/contract/resources.ts';

/** What the user reads when an edit is refused, in both UI languages. */
export const EDIT_MESSAGES = {
  notWritable: (field: string): Localized => ({
    en: `"${field}" cannot be changed here.`,
    nl: `"${field}" kan hier niet worden gewijzigd.`,
  }),
  missing: { en: 'No value given.', nl: 'Geen waarde opgegeven.' },
  required: { en: 'This field cannot be empty.', nl: 'Dit veld mag niet leeg zijn.' },
  notText: { en: 'Enter text.', nl: 'Voer tekst in.' },
  tooLong: (max: number, actual: number): Localized => ({
    en: `At most ${max} characters (this has ${actual}).`,
    nl: `Maximaal ${max} tekens (dit zijn er ${actual}).`,
  }),
  phone: {
    en: 'Enter a Dutch phone number: 0 and 9 digits (0612345678), or +31 and 9 digits (+31 6 1234 5678).',
    nl: 'Voer een Nederlands telefoonnummer in: 0 en 9 cijfers (0612345678), of +31 en 9 cijfers (+31 6 1234 5678).',
  },
  datetime: {
    en: 'Enter a date and time, e.g. 2026-07-01T09:00 or 2026-07-01T09:00:00+02:00.',
    nl: 'Voer een datum en tijd in, bijv. 2026-07-01T09:00 of 2026-07-01T09:00:00+02:00.',
  },
  iri: { en: 'Enter a link such as /resource/123.', nl: 'Voer een link in zoals /resource/123.' },
  endNotAfterStart: {
    en: 'The end must be after the start.',
    nl: 'Het einde moet na het begin liggen.',
  },
  patternDefault: { en: 'This value is not valid.', nl: 'Deze waarde is ongeldig.' },
  platformRule: (message: string): Localized => ({
    en: message,
    nl: `Ongeldige waarde (${message})`,
  }),
} as const;
