import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUTCH_NUMBER } from '../../../src-main/api-model/index.ts';
import { normaliseDutchNumber, phoneSearchVariants } from '../../../src-main/resources/index.ts';
import { subscriberArb, typedNumberArb } from '../../shared/phone-number-arb.ts';

// The renderer runs the same properties in test/unit/renderer/phone-number.property.test.ts.
describe('the phone-number rule in main (properties)', () => {
  it('any notation of a whole number normalises to its national form, which the platform accepts', () => {
    fc.assert(
      fc.property(typedNumberArb(subscriberArb), ({ typed, national }) => {
        expect(normaliseDutchNumber(typed)).toBe(national);
        expect(phoneSearchVariants(typed)[0]).toBe(national);
        expect(DUTCH_NUMBER.test(national)).toBe(true);
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
          const form = phoneSearchVariants(partial)[0];
          expect(form === undefined || national.startsWith(form), `${partial} -> ${form}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a number with a digit too many or too few is not a whole number', () => {
    fc.assert(
      fc.property(
        typedNumberArb(fc.oneof(fc.stringMatching(/^[1-9][0-9]{7}$/), fc.stringMatching(/^[1-9][0-9]{9}$/))),
        ({ typed }) => {
          expect(normaliseDutchNumber(typed)).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});
