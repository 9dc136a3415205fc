import { describe, expect, it } from 'vitest';
import { isNumberPrefix, phoneStarts } from '../../../src-renderer/src/grid/phone-search.ts';

describe('a search word that is the start of a number', () => {
  it.each([
    ['0', true],
    ['06', true],
    ['0201234567', true],
    ['31', true],
    ['316', true],
    ['+44', true],
    ['+4420', true],
    ['+', false],
    ['+x', false],
    ['+44x', false],
    ['06abc', false],
    ['abc06', false],
    ['1234', false],
    ['3', false],
    ['sales', false],
    ['', false],
  ])('%j is a number start: %s', (term, expected) => {
    expect(isNumberPrefix(term)).toBe(expected);
  });
});

describe('the forms a phone value is found by', () => {
  it('a Dutch number in any stored form gives its stored, national and both international forms', () => {
    expect(phoneStarts('0201234567')).toEqual(['0201234567', '0201234567', '31201234567', '+31201234567']);
    expect(phoneStarts('+31201234567')).toEqual(['+31201234567', '0201234567', '31201234567', '+31201234567']);
    expect(phoneStarts(31201234567)).toEqual(['31201234567', '0201234567', '31201234567', '+31201234567']);
  });

  it('text that only contains a number, or is no number at all, is kept as it is', () => {
    expect(phoneStarts('ab0201234567')).toEqual(['ab0201234567']);
    expect(phoneStarts('0201234567x')).toEqual(['0201234567x']);
    expect(phoneStarts('reception')).toEqual(['reception']);
  });

  it('no forms for empty values, fractions or things that are not text', () => {
    expect(phoneStarts('')).toEqual([]);
    expect(phoneStarts(null)).toEqual([]);
    expect(phoneStarts(undefined)).toEqual([]);
    expect(phoneStarts(1.5)).toEqual([]);
    expect(phoneStarts({ number: '0201234567' })).toEqual([]);
    expect(phoneStarts(['0612345678', ''])).toEqual(['0612345678', '0612345678', '31612345678', '+31612345678']);
  });
});
