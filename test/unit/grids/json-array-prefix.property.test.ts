import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArrayPrefix } from '../../../src-main/grids/json-array-prefix.ts';

// strings full of what a scanner could take for structure: separators, brackets, quotes and escapes
const tricky = fc.string({ unit: fc.constantFrom('a', ',', '[', ']', '{', '}', '"', '\\', ':', ' ', 'é', '\n') });
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('the first elements of a JSON array text (property)', () => {
  it('are the first elements of the parsed array, however the text is spaced; null when there are no more', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), fc.nat({ max: 14 }), fc.boolean(), (array, count, spaced) => {
        const text = spaced ? JSON.stringify(array, null, 2) : JSON.stringify(array);
        const prefix = jsonArrayPrefix(text, count);
        if (count > 0 && count >= array.length) expect(prefix).toBeNull();
        else expect(JSON.parse(prefix!)).toEqual(JSON.parse(JSON.stringify(array.slice(0, count))));
      }),
      { numRuns: 500 },
    );
  });

  it('cuts rows as the cache stores them', () => {
    const rows = [
      { '@id': '/phonenumbers/1', description: 'Receptie, "hoofdkantoor" [A]', tags: ['a', 'b'] },
      { '@id': '/phonenumbers/2', description: 'Back\\slash}', tags: [] },
      { '@id': '/phonenumbers/3', description: null, tags: [{ x: ',' }] },
    ];
    const text = JSON.stringify(rows);
    expect(jsonArrayPrefix(text, 1)).toBe(JSON.stringify(rows.slice(0, 1)));
    expect(jsonArrayPrefix(text, 2)).toBe(JSON.stringify(rows.slice(0, 2)));
    expect(jsonArrayPrefix(text, 3)).toBeNull();
    expect(jsonArrayPrefix('[]', 1)).toBeNull();
    expect(jsonArrayPrefix(text, 0)).toBe('[]');
  });
});
