import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTsv } from '../../../src-renderer/src/grid/tsv.ts';

const cellArb = fc.string({ unit: fc.constantFrom('a', '1', ' ', '\t', '\n', '\r', ';', '"', 'é') });

describe('copy as TSV (property)', () => {
  it('pastes as one line per row and one cell per column; cells without tabs or line breaks stay as they are', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.tuple(
              fc.array(cellArb, { minLength: width, maxLength: width }),
              fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { maxLength: 6 }),
            ),
          ),
        ([header, rows]) => {
          const lines = toTsv(header, rows).split('\n');
          expect(lines).toHaveLength(rows.length + 1);
          [header, ...rows].forEach((cells, i) => {
            const pasted = lines[i]!.split('\t');
            expect(pasted).toHaveLength(cells.length);
            expect(pasted.some((cell) => /[\r\n\t]/.test(cell))).toBe(false);
            cells.forEach((cell, j) => {
              if (!/[\t\r\n]/.test(cell)) expect(pasted[j]).toBe(cell);
              else expect(pasted[j]!.replace(/ /g, '')).toBe(cell.replace(/[\t\r\n ]/g, ''));
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
