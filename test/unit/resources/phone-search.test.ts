import { describe, expect, it } from 'vitest';
import { DUTCH_NUMBER } from '../../../src-main/api-model/index.ts';
import {
  DUTCH_NUMBER_INPUT_PATTERN,
  normaliseDutchNumber,
  phoneSearchVariants,
} from '../../../src-main/resources/phone-search.ts';

describe('phoneSearchVariants', () => {
  it.each([
    ['+31 20 123 4567', ['0201234567', '31201234567']],
    ['+31201234567', ['0201234567', '31201234567']],
    ['0031201234567', ['0201234567', '0031201234567']],
    ['0031 20 123 4567', ['0201234567', '0031201234567']],
    ['31201234567', ['0201234567', '31201234567']],
    ['020-1234567', ['0201234567']],
    ['020 123 45 67', ['0201234567']],
    ['(020) 123.45.67', ['0201234567']],
    ['0201234567', ['0201234567']],
    ['+31 (0)20 123 4567', ['0201234567', '310201234567']],
    ['+31 6 1234 5678', ['0612345678', '31612345678']],
    ['+31 97 123456789', ['097123456789', '3197123456789']],
    ['3197123456789', ['097123456789', '3197123456789']],
  ])('%j -> %j', (query, variants) => {
    expect(phoneSearchVariants(query)).toEqual(variants);
  });

  it('the national form of any notation finds the stored number', () => {
    const stored = '0201234567';
    for (const typed of ['+31 20 123 4567', '0031201234567', '31201234567', '020-1234567', '+31 (0)20 1234567']) {
      expect(
        phoneSearchVariants(typed).some((v) => stored.includes(v)),
        typed,
      ).toBe(true);
    }
  });

  it.each([
    ['+31 20 12', ['02012', '312012']],
    ['+3120', ['020', '3120']],
    ['0031 6', ['06', '00316']],
    ['020 12', ['02012']],
    ['12 34', ['1234']],
    ['4567', ['4567']],
  ])('partial input %j -> %j', (query, variants) => {
    expect(phoneSearchVariants(query)).toEqual(variants);
  });

  it('a bare 31 is read as the country code only for a whole number: "3120" may be part of 0313 20…', () => {
    expect(phoneSearchVariants('3120')).toEqual(['3120']);
    expect(phoneSearchVariants('313 20')).toEqual(['31320']);
    expect(phoneSearchVariants('3120123456')).toEqual(['3120123456']);
  });

  it('other countries keep their digits only', () => {
    expect(phoneSearchVariants('+32 2 123 45 67')).toEqual(['3221234567']);
    expect(phoneSearchVariants('0032 2 123 45 67')).toEqual(['003221234567']);
  });

  it.each(['AS1234567', 'Hoofdnummer', 'x2v-12', 'Sales 2026', '+', '-', 'tel: 020-1234567', '8931x0000'])(
    'leaves %j alone',
    (query) => {
      expect(phoneSearchVariants(query)).toEqual([query]);
    },
  );

  it('an empty query has no variants', () => {
    expect(phoneSearchVariants('')).toEqual([]);
    expect(phoneSearchVariants('   ')).toEqual([]);
  });

  it('never returns duplicates or empty strings', () => {
    for (const q of ['0', '+31', '0031', '020', '+31 0', '00']) {
      const variants = phoneSearchVariants(q);
      expect(new Set(variants).size).toBe(variants.length);
      expect(variants).not.toContain('');
    }
  });
});

describe('normaliseDutchNumber and its input pattern agree', () => {
  const pattern = new RegExp(DUTCH_NUMBER_INPUT_PATTERN);
  const samples = [
    '0612345678',
    '06-12345678',
    '06 12 34 56 78',
    '06.12.34.56.78',
    '020/1234567',
    '+31612345678',
    '+31 6 12345678',
    '+31-6-12345678',
    '+31 (0)6 12345678',
    '+310612345678',
    '0031612345678',
    '0031 (0)6 12345678',
    '31612345678',
    ' 0201234567 ',
    '061234567',
    '06123456789',
    '310612345678',
    '31 (0)6 12345678',
    '+32612345678',
    '0012345678',
    '0612345678x',
    '(020) 1234567',
    '',
    '+31',
    '097123456789',
  ];

  it.each(samples.map((s) => [s]))('%j', (input) => {
    const national = normaliseDutchNumber(input);
    expect(national !== null).toBe(pattern.test(input));
    if (national !== null) expect(DUTCH_NUMBER.test(national)).toBe(true);
  });
});
