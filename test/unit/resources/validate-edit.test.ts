import { describe, expect, it } from 'vitest';
import { DUTCH_NUMBER } from '../../../src-main/api-model/index.ts';
import { getResource, validateEdit } from '../../../src-main/resources/index.ts';

const ok = (value: string | null) => ({ ok: true, value });

/** The refusal's message, asserting it exists in both languages. */
function refusal(resource: string, field: string, value: unknown, row?: Record<string, unknown>) {
  const result = validateEdit(resource, field, value, row);
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused, got ${JSON.stringify(result)}`);
  expect(result.message.en).not.toBe('');
  expect(result.message.nl).not.toBe('');
  expect(result.message.nl).not.toBe(result.message.en);
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
    expect(message.en).toBe('At most 50 characters (this has 51).');
    expect(message.nl).toBe('Maximaal 50 tekens (dit zijn er 51).');
  });

  it('description allows 255 characters, not 256', () => {
    expect(validateEdit('phone-numbers', 'description', 'é'.repeat(255))).toEqual(ok('é'.repeat(255)));
    expect(refusal('phone-numbers', 'description', 'a'.repeat(256)).nl).toContain('255');
  });

  it('refuses fields that are not writable, non-text values and missing values', () => {
    expect(refusal('phone-numbers', 'number', '0201234567').en).toMatch(/cannot be changed/);
    expect(refusal('phone-numbers', 'orderLabel', 'x').nl).toMatch(/niet worden gewijzigd/);
    expect(refusal('phone-numbers', 'costCenter', 42).en).toBe('Enter text.');
    expect(refusal('phone-numbers', 'costCenter', undefined).en).toBe('No value given.');
    expect(refusal('phone-numbers', 'hasOwnProperty', 'x').en).toMatch(/cannot be changed/);
  });

  it('refuses an unknown resource and edits on read-only resources', () => {
    expect(refusal('customers', 'name', 'x').en).toMatch(/Unknown resource/);
    expect(refusal('sim-cards', 'status', 'active').en).toMatch(/cannot be changed/);
    expect(refusal('outports', 'denyReason', 'no').en).toMatch(/cannot be changed/);
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
      expect(message.en).toMatch(/Dutch phone number/);
      expect(message.nl).toMatch(/Nederlands telefoonnummer/);
    },
  );

  it('forwardTo cannot be cleared', () => {
    expect(refusal('scheduled-forwards', 'forwardTo', '').en).toBe('This field cannot be empty.');
    expect(refusal('scheduled-forwards', 'forwardTo', null).nl).toBe('Dit veld mag niet leeg zijn.');
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
      expect(message.en).toMatch(/date and time/);
      expect(message.nl).toMatch(/datum en tijd/);
    },
  );

  it('with the row, refuses an end that is not after the start (the platform answers 422)', () => {
    const row = { dateStart: '2026-07-10T00:00:00Z', dateEnd: '2026-07-20T00:00:00Z' };
    expect(refusal('scheduled-forwards', 'dateEnd', '2026-07-09T00:00:00Z', row).en).toBe(
      'The end must be after the start.',
    );
    expect(refusal('scheduled-forwards', 'dateStart', '2026-07-20T00:00:00Z', row).nl).toBe(
      'Het einde moet na het begin liggen.',
    );
    expect(validateEdit('scheduled-forwards', 'dateEnd', '2026-07-11T00:00:00Z', row).ok).toBe(true);
    expect(validateEdit('scheduled-forwards', 'dateEnd', '', row)).toEqual(ok(null));
    expect(validateEdit('scheduled-forwards', 'dateEnd', '2026-07-09T00:00:00Z', { dateStart: null }).ok).toBe(true);
  });

  it('the registry entry validates like the index function', () => {
    expect(getResource('scheduled-forwards')!.validateEdit('forwardTo', '+31 6 1234 5678')).toEqual(ok('0612345678'));
  });
});
