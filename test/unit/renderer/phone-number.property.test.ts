import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuickSearch } from '../../../src-renderer/src/grid/phone-search.ts';
import { searchTerms } from '../../../src-renderer/src/grid/quick-search-index.ts';
import { subscriberArb, typedNumberArb } from '../../shared/phone-number-arb.ts';

// Main runs the same properties in test/unit/shared/phone-number.property.test.ts.
describe('the phone-number rule in the renderer (properties)', () => {
  it('any notation of a whole number searches for its national form, as one word', () => {
    fc.assert(
      fc.property(typedNumberArb(subscriberArb), ({ typed, national }) => {
        expect(normalizeQuickSearch(typed)).toBe(national);
        expect(searchTerms(typed)).toEqual([national]);
      }),
      { numRuns: 300 },
    );
  });

  it('typing a number a character at a time searches for the start of its national form', () => {
    fc.assert(
      fc.property(
        typedNumberArb(subscriberArb).filter((number) => number.prefixReadable),
        fc.nat(),
        ({ typed, national }, cut) => {
          const start = typed.trimStart();
          const partial = start.slice(0, 4 + (cut % (start.length - 3)));
          expect(national.startsWith(normalizeQuickSearch(partial)), partial).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
