import fc from 'fast-check';

/** A whole Dutch number as someone may type it, and the national form the platform stores. */
export interface TypedNumber {
  typed: string;
  national: string;
  /** Whether the notation carries the country code in a way partial input is still read by (+31…, 0031…, 0…). */
  prefixReadable: boolean;
}

const SEPARATOR = fc.constantFrom('', '', '', ' ', '-', '.', '/');

// How the number starts, and whether a separator may follow that start (none may follow the national 0).
const NOTATIONS: readonly { start: string; gap: boolean; prefixReadable: boolean }[] = [
  { start: '0', gap: false, prefixReadable: true },
  { start: '+31', gap: true, prefixReadable: true },
  { start: '0031', gap: true, prefixReadable: true },
  { start: '+31 (0)', gap: true, prefixReadable: true },
  { start: '0031 (0)', gap: true, prefixReadable: true },
  { start: '+310', gap: true, prefixReadable: true },
  { start: '31', gap: true, prefixReadable: false },
];

/** Any notation of the number 0 + `subscriber` (nine digits, the first not 0), separators anywhere between digits. */
export function typedNumberArb(subscriber: fc.Arbitrary<string>): fc.Arbitrary<TypedNumber> {
  return fc
    .record({
      subscriber,
      notation: fc.constantFrom(...NOTATIONS),
      gaps: fc.array(SEPARATOR, { minLength: 9, maxLength: 9 }),
      outside: fc.constantFrom('', ' ', '  '),
    })
    .map(({ subscriber: digits, notation, gaps, outside }) => {
      const body = [...digits]
        .map((digit, i) => (i === 0 ? (notation.gap ? gaps[0]! : '') : gaps[i]!) + digit)
        .join('');
      return {
        typed: `${outside}${notation.start}${body}${outside}`,
        national: `0${digits}`,
        prefixReadable: notation.prefixReadable,
      };
    });
}

export const subscriberArb: fc.Arbitrary<string> = fc.stringMatching(/^[1-9][0-9]{8}$/);
