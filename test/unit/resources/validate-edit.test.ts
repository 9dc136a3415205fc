import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { DUTCH_NUMBER } from '../../../src-main/api-model/index.ts';
import { getResource, validateEdit } from '../../../src-main/resources/index.ts';

const ok = (value: string | null) => ({ ok: true, value });

/** The refusal's message, asserting it exists in both languages. */
function refusal(resource: string, field: string, value: unknown, row?: Record<string, unknown>) {
  const result = validateEdit(resource, field, value, row);
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused, got ${JSON.stringify(result)}`);
  expect(english(result.message)).not.toBe('');
  expect(dutch(result.message)).not.toBe('');
  expect(dutch(result.message)).not.toBe(english(result.message));
  return result.message;
}

describe('validateEdit: phone numbers', () => {
  it('accepts a cost center, trimmed', () => {
    expect(validateEdit('phone-numbers', 'costCenter', 'Sales')).toEqual(ok('Sales'));
    expect(validateEdit('phone-numbers', 'costCenter', '  Finance NL  ')).toEqual(ok('Finance NL'));
    expect(validateEdit('phone-numbers', 'costCenter', 'x'.repeat(50))).toEqual(ok('x'.repeat(50)));
  });

  it('an empty value clears the field (null)', () => {
    expect(validateEdit('phone-numbers', 'costCenter', '')).toEqual(ok(null));
    expect(validateEdit('phone-numbers', 'costCenter', '   ')).toEqual(ok(null));
    expect(validateEdit('phone-numbers', 'description', null)).toEqual(ok(null));
  });

  it('refuses a cost center over 50 characters, saying the limit in both languages', () => {
    const message = refusal('phone-numbers', 'costCenter', 'x'.repeat(51));
    expect(english(message)).toBe('At most 50 characters (this has 51).');
    expect(dutch(message)).toBe('Maximaal 50 tekens (dit zijn er 51).');
  });

  it('description allows 255 characters, not 256', () => {
    expect(validateEdit('phone-numbers', 'description', 'é'.repeat(255))).toEqual(ok('é'.repeat(255)));
    expect(dutch(refusal('phone-numbers', 'description', 'a'.repeat(256)))).toContain('255');
  });

  it('refuses fields that are not writable, non-text values and missing values', () => {
    expect(english(refusal('phone-numbers', 'number', '0201234567'))).toMatch(/cannot be changed/);
    expect(dutch(refusal('phone-numbers', 'orderLabel', 'x'))).toMatch(/niet worden gewijzigd/);
    expect(english(refusal('phone-numbers', 'costCenter', 42))).toBe('Enter text.');
    expect(english(refusal('phone-numbers', 'costCenter', undefined))).toBe('No value given.');
    expect(english(refusal('phone-numbers', 'hasOwnProperty', 'x'))).toMatch(/cannot be changed/);
  });

  it('refuses an unknown resource and edits on read-only resources', () => {
    expect(english(refusal('customers', 'name', 'x'))).toMatch(/no view called "customers"/);
    expect(english(refusal('sim-cards', 'status', 'active'))).toMatch(/cannot be changed/);
    expect(english(refusal('outports', 'denyReason', 'no'))).toMatch(/cannot be changed/);
  });
});

describe('validateEdit: scheduled forwards', () => {
  it.each([
    ['0612345678', '0612345678'],
    ['06-12345678', '0612345678'],
    ['06 1234 5678', '0612345678'],
    ['+31612345678', '0612345678'],
    ['+31 6 1234 5678', '0612345678'],
    ['+31 (0)20 123 4567', '0201234567'],
    ['0031201234567', '0201234567'],
    ['31201234567', '0201234567'],
    [' 020-123 45 67 ', '0201234567'],
  ])('forwardTo %j is stored as %j', (input, stored) => {
    const result = validateEdit('scheduled-forwards', 'forwardTo', input);
    expect(result).toEqual(ok(stored));
    expect(DUTCH_NUMBER.test(stored)).toBe(true);
  });

  it.each(['061234567', '06123456789', '+32 2 123 45 67', '0012025550123', 'bel mij', '0012345678', '097123456789'])(
    'refuses forwardTo %j with the phone-number message',
    (input) => {
      const message = refusal('scheduled-forwards', 'forwardTo', input);
      expect(english(message)).toMatch(/Dutch phone number/);
      expect(dutch(message)).toMatch(/Nederlands telefoonnummer/);
    },
  );

  it('forwardTo cannot be cleared', () => {
    expect(english(refusal('scheduled-forwards', 'forwardTo', ''))).toBe('This field cannot be empty.');
    expect(dutch(refusal('scheduled-forwards', 'forwardTo', null))).toBe('Dit veld mag niet leeg zijn.');
  });

  it('start and end take ISO datetimes, normalised to UTC, and clear to null', () => {
    expect(validateEdit('scheduled-forwards', 'dateStart', '2026-07-01T09:00:00+02:00')).toEqual(
      ok('2026-07-01T07:00:00.000Z'),
    );
    expect(validateEdit('scheduled-forwards', 'dateEnd', '2026-07-15T17:30:00Z')).toEqual(
      ok('2026-07-15T17:30:00.000Z'),
    );
    const local = validateEdit('scheduled-forwards', 'dateEnd', '2026-07-15T17:30');
    expect(local).toEqual(ok(new Date('2026-07-15T17:30').toISOString()));
    expect(validateEdit('scheduled-forwards', 'dateEnd', '')).toEqual(ok(null));
  });

  it.each(['tomorrow', '15-07-2026', '2026-13-01T00:00:00Z', '2026-07-15 17:30'])(
    'refuses the datetime %j',
    (input) => {
      const message = refusal('scheduled-forwards', 'dateStart', input);
      expect(english(message)).toMatch(/date and time/);
      expect(dutch(message)).toMatch(/datum en tijd/);
    },
  );

  it('with the row, refuses an end that is not after the start (the platform answers 422)', () => {
    const row = { dateStart: '2026-07-10T00:00:00Z', dateEnd: '2026-07-20T00:00:00Z' };
    expect(english(refusal('scheduled-forwards', 'dateEnd', '2026-07-09T00:00:00Z', row))).toBe(
      'The end must be after the start.',
    );
    expect(dutch(refusal('scheduled-forwards', 'dateStart', '2026-07-20T00:00:00Z', row))).toBe(
      'Het einde moet na het begin liggen.',
    );
    expect(validateEdit('scheduled-forwards', 'dateEnd', '2026-07-11T00:00:00Z', row).ok).toBe(true);
    // a start moved earlier, or later but still before the end, is kept
    expect(validateEdit('scheduled-forwards', 'dateStart', '2026-07-01T00:00:00Z', row)).toEqual(
      ok('2026-07-01T00:00:00.000Z'),
    );
    expect(validateEdit('scheduled-forwards', 'dateStart', '2026-07-19T00:00:00Z', row).ok).toBe(true);
    expect(validateEdit('scheduled-forwards', 'dateEnd', '', row)).toEqual(ok(null));
    expect(validateEdit('scheduled-forwards', 'dateEnd', '2026-07-09T00:00:00Z', { dateStart: null }).ok).toBe(true);
  });

  it('the registry entry validates like the index function', () => {
    expect(getResource('scheduled-forwards')!.validateEdit('forwardTo', '+31 6 1234 5678')).toEqual(ok('0612345678'));
  });
});
