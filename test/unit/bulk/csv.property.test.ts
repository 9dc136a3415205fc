import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCsv, AUDIT_HEADER, csvCell, parseCsvImport, splitCsvLine } from '../../../src-main/bulk/index.ts';
import { bulkOpStateSchema, type BulkAuditRow } from '../../../src-preload/contract/bulk.ts';
import { formulaTriggerOf } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';
import { subscriberArb, typedNumberArb } from '../../shared/phone-number-arb.ts';

/** What a spreadsheet would run as a formula (the one shared rule): it must never come back from our CSV. */
const FORMULA_START = { test: (text: string): boolean => formulaTriggerOf(text) !== null };

// One line's cells: the parser trims fields and reads a file line by line, so cells carry no surrounding
// whitespace and no line breaks.
const cellArb = fc
  .string({ unit: fc.constantFrom('a', 'Z', '0', '7', ' ', ';', '"', "'", '=', '@', '+', '-', '\t', 'é', ',') })
  .map((text) => text.trim());

describe('CSV quoting and parsing (properties)', () => {
  it('a line of quoted cells splits back into the same cells, formula starts defused', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 6 }), (cells) => {
        const parsed = splitCsvLine(cells.map(csvCell).join(';'), ';');
        expect(parsed).toHaveLength(cells.length);
        parsed.forEach((cell, i) => {
          const original = cells[i]!;
          expect(cell).toBe(FORMULA_START.test(original) ? `'${original}` : original);
          expect(FORMULA_START.test(cell)).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('an import file written with our quoting reads back every line, numbers in national form', () => {
    const entryArb = fc.record({
      // a typed form a spreadsheet would evaluate ("+31 (0)20 …") is exported with an apostrophe and is not
      // a number any more; the import refuses it, which the import's own tests cover
      number: typedNumberArb(subscriberArb).filter((typed) => !FORMULA_START.test(typed.typed)),
      costCenter: cellArb.filter((text) => text !== '' && !FORMULA_START.test(text)),
      // a description may hold line breaks inside it (Alt+Enter in a spreadsheet cell)
      description: fc.option(
        fc
          .array(cellArb, { minLength: 1, maxLength: 3 })
          .map((parts) => parts.join('\n').trim())
          .filter((text) => !FORMULA_START.test(text)),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entryArb, { selector: (entry) => entry.number.national, minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (entries, newline, header) => {
          const lines = entries.map((entry) =>
            [entry.number.typed, entry.costCenter, ...(entry.description === undefined ? [] : [entry.description])]
              .map(csvCell)
              .join(';'),
          );
          const text = [...(header ? ['number;costCenter;description'] : []), ...lines].join(newline);
          const parsed = parseCsvImport(text);
          expect(parsed.issues).toEqual([]);
          expect(parsed.headerLine).toBe(header ? 1 : null);
          const firstLines = lines.reduce<number[]>(
            (starts, line, i) => [
              ...starts,
              i === 0 ? (header ? 2 : 1) : starts[i - 1]! + lines[i - 1]!.split('\n').length,
            ],
            [],
          );
          expect(parsed.entries).toEqual(
            entries.map((entry, i) => ({
              line: firstLines[i],
              text: lines[i],
              number: entry.number.national,
              costCenter: entry.costCenter,
              ...(entry.description === undefined
                ? {}
                : { description: entry.description === '' ? null : entry.description }),
            })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('every audit row becomes one CSV line whose cells read back as written', () => {
    const valueArb = fc.oneof(cellArb, fc.integer(), fc.boolean(), fc.constant(null));
    const rowArb: fc.Arbitrary<BulkAuditRow> = fc.record({
      at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      profileId: cellArb,
      apiUser: fc.option(cellArb, { nil: null }),
      jobId: cellArb,
      resource: cellArb,
      action: cellArb,
      target: cellArb,
      label: cellArb,
      field: cellArb,
      old: valueArb,
      new: valueArb,
      outcome: fc.constantFrom(...bulkOpStateSchema.options),
      message: fc.option(cellArb, { nil: null }),
      text: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 5 }), (rows) => {
        const csv = auditCsv(rows);
        expect(csv.endsWith('\r\n')).toBe(true);
        const lines = csv.slice(0, -2).split('\r\n');
        expect(lines).toHaveLength(rows.length + 1);
        expect(splitCsvLine(lines[0]!, ';')).toEqual(AUDIT_HEADER);
        rows.forEach((row, i) => {
          const cells = splitCsvLine(lines[i + 1]!, ';');
          const shown = (value: string | number | boolean | null): string => (value === null ? '' : String(value));
          const written = [
            new Date(row.at).toISOString(),
            row.profileId,
            row.apiUser ?? '',
            row.jobId,
            row.resource,
            row.action,
            row.target,
            row.label,
            row.field,
            shown(row.old),
            shown(row.new),
            row.outcome,
            row.message ?? '',
          ];
          expect(cells).toEqual(written.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell)));
        });
      }),
      { numRuns: 100 },
    );
  });
});
