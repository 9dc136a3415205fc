import { describe, expect, it } from 'vitest';
import { parseCsvImport } from '../../../src-main/bulk/actions/csv-parse.ts';
import {
  DUTCH_NUMBER_INPUT_PATTERN,
  normaliseDutchNumber,
  phoneSearchVariants,
  validateEdit,
} from '../../../src-main/resources/index.ts';
import { PHONE_NUMBER_CASES } from '../../shared/phone-number-cases.ts';

// The renderer runs the same table in test/unit/renderer/phone-number.test.ts.
describe('main reads every typed number of the shared table', () => {
  const pattern = new RegExp(DUTCH_NUMBER_INPUT_PATTERN);

  it.each(PHONE_NUMBER_CASES)('$typed', ({ typed, form, whole }) => {
    expect(phoneSearchVariants(typed)[0]).toBe(form);
    expect(normaliseDutchNumber(typed)).toBe(whole);
    expect(pattern.test(typed)).toBe(whole !== null);

    const edit = validateEdit('scheduled-forwards', 'forwardTo', typed);
    expect(edit).toEqual(whole === null ? expect.objectContaining({ ok: false }) : { ok: true, value: whole });

    // A first field without a digit is read as a header line, so only number-like cases reach the import.
    if (!/[0-9]/.test(typed)) return;
    const imported = parseCsvImport(`${typed};Sales`);
    if (whole === null) expect(imported.issues.map((issue) => issue.problem)).toEqual(['malformed']);
    else expect(imported.entries.map((entry) => entry.number)).toEqual([whole]);
  });
});
