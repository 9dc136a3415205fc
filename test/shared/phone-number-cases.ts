/**
 * The one table of typed phone numbers, run against main's use (quick-search variants, CSV import, edits) and the
 * renderer's (quick search, pasted lists): both must read every case the same way.
 *
 * `form` is what a quick search looks for; `whole` is the stored national number when the input is a whole Dutch
 * number (null when it is partial, foreign or not a number).
 */
export interface PhoneNumberCase {
  typed: string;
  form: string;
  whole: string | null;
}

export const PHONE_NUMBER_CASES: readonly PhoneNumberCase[] = [
  // national notation
  { typed: '0201234567', form: '0201234567', whole: '0201234567' },
  { typed: '020-1234567', form: '0201234567', whole: '0201234567' },
  { typed: '020 123 45 67', form: '0201234567', whole: '0201234567' },
  // the area code in parentheses, as letterheads write it
  { typed: '(020) 123.45.67', form: '0201234567', whole: '0201234567' },
  { typed: '(0513) 12 34 56', form: '0513123456', whole: '0513123456' },
  { typed: '( 06 ) 1234 5678', form: '0612345678', whole: '0612345678' },
  { typed: '(020) 123 45', form: '02012345', whole: null },
  { typed: '(0201) 234 5678', form: '02012345678', whole: null },
  { typed: '(20) 123 4567', form: '201234567', whole: null },
  { typed: '020/1234567', form: '0201234567', whole: '0201234567' },
  { typed: ' 06 12 34 56 78 ', form: '0612345678', whole: '0612345678' },
  // +31
  { typed: '+31201234567', form: '0201234567', whole: '0201234567' },
  { typed: '+31 20 123 4567', form: '0201234567', whole: '0201234567' },
  { typed: '+31-20-1234567', form: '0201234567', whole: '0201234567' },
  { typed: '+31 6 1234 5678', form: '0612345678', whole: '0612345678' },
  { typed: '+31 (0)20 123 4567', form: '0201234567', whole: '0201234567' },
  { typed: '+310201234567', form: '0201234567', whole: '0201234567' },
  // 0031
  { typed: '0031201234567', form: '0201234567', whole: '0201234567' },
  { typed: '0031 20 123 4567', form: '0201234567', whole: '0201234567' },
  { typed: '0031 (0)20 1234567', form: '0201234567', whole: '0201234567' },
  { typed: '00310201234567', form: '0201234567', whole: '0201234567' },
  // bare 31: the country code only for a whole number
  { typed: '31201234567', form: '0201234567', whole: '0201234567' },
  { typed: '31 20 123 4567', form: '0201234567', whole: '0201234567' },
  { typed: '3120', form: '3120', whole: null },
  { typed: '313 20', form: '31320', whole: null },
  { typed: '12 31 20 123 4567', form: '1231201234567', whole: null },
  { typed: '31 20 123 4567 890', form: '31201234567890', whole: null },
  // partial input: the start of the national form
  { typed: '+31 20 12', form: '02012', whole: null },
  { typed: '+3120', form: '020', whole: null },
  { typed: '+31 (0)20 12', form: '02012', whole: null },
  { typed: '0031 6', form: '06', whole: null },
  { typed: '020 12', form: '02012', whole: null },
  { typed: '12 34', form: '1234', whole: null },
  { typed: '12', form: '12', whole: null },
  // longer than the ten digits a whole number has
  { typed: '+31 97 123456789', form: '097123456789', whole: null },
  { typed: '061234567', form: '061234567', whole: null },
  // other countries keep their digits
  { typed: '+32 2 123 45 67', form: '3221234567', whole: null },
  { typed: '0032 2 123 45 67', form: '003221234567', whole: null },
  // not a number: unchanged
  { typed: 'Sales NL', form: 'Sales NL', whole: null },
  { typed: 'x2v-701', form: 'x2v-701', whole: null },
  { typed: 'tel: 020-1234567', form: 'tel: 020-1234567', whole: null },
  { typed: '020 12 ab', form: '020 12 ab', whole: null },
  { typed: '+', form: '+', whole: null },
];
