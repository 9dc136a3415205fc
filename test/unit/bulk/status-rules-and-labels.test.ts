import { describe, expect, it } from 'vitest';
import { labelOf, stringParam } from '../../../src-main/bulk/actions/shared.ts';
import { coolOffDecision, splittableDecision } from '../../../src-main/bulk/actions/status-rules.ts';
import { writeSchemaOf, type WriteSchema } from '../../../src-main/bulk/write-schema.ts';
import { BulkError } from '../../../src-main/bulk/errors.ts';
import { getResource } from '../../../src-main/resources/index.ts';
import { assumedBinding } from '../../../src-main/resources/writes.ts';

function blockSchema(): WriteSchema {
  const resource = getResource('number-blocks');
  if (!resource) throw new Error('no number-blocks resource');
  return writeSchemaOf(resource, assumedBinding(resource));
}

describe('status rules say which status decided, in operator words', () => {
  it.each([
    ['in-use', { include: false, reason: { code: 'bulk.rule.blockInUse', params: { status: 'in-use' } } }],
    [
      'available',
      {
        include: true,
        rule: {
          code: 'bulk.rule.notInUse',
          params: { status: 'available', meaning: { code: 'bulk.status.available' } },
        },
      },
    ],
  ])('split of a block with status %s', (status, decision) => {
    expect(splittableDecision(blockSchema(), { status })).toEqual(decision);
  });

  it.each([[null], [undefined], ['']])('an empty status (%s) shows as a dash, and the row is sent', (status) => {
    expect(splittableDecision(blockSchema(), { status })).toEqual({
      include: true,
      rule: { code: 'bulk.rule.undecided', params: { status: '—' } },
    });
  });

  it('an unknown status is shown as the platform sent it', () => {
    expect(splittableDecision(blockSchema(), { status: 'reserved' })).toEqual({
      include: true,
      rule: { code: 'bulk.rule.undecided', params: { status: 'reserved' } },
    });
  });

  it('a cool-off that ends exactly now is over', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const schema = blockSchema();
    const ending = { status: 'available', coolOffUntil: '2026-01-01T00:00:00Z' };
    expect(coolOffDecision(schema, ending, now).include).toBe(false);
    expect(coolOffDecision(schema, ending, now - 1).include).toBe(true);
  });
});

describe('labelOf: what a person recognises a row by', () => {
  it.each([
    [{ numbers: ['0201', '0202'] }, '0201, 0202'],
    [{ numbers: ['0201', '0202', '0203'] }, '0201, 0202, 0203'],
    [{ numbers: ['0201', '0202', '0203', '0204'] }, '0201, 0202, 0203 +1'],
    [{ numbers: ['0201', 7, '0202'] }, '0201, 0202'],
    [{ numbers: [], number: '0301' }, '0301'],
    [{ numbers: [7], number: '0301' }, '0301'],
    [{ number: '', msisdn: '0612' }, '0612'],
    [{ msisdn: '', name: 'Kantoor' }, 'Kantoor'],
    [{ name: '' }, '/rows/1'],
  ])('%j is labelled %s', (row, label) => {
    expect(labelOf(row, '/rows/1')).toBe(label);
  });
});

describe('stringParam', () => {
  const refusal = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(BulkError);
      return (error as BulkError).localized;
    }
    throw new Error('not refused');
  };

  it.each([[undefined], [null]])('a missing required parameter (%s) is refused with its name', (value) => {
    expect(refusal(() => stringParam({ text: value }, 'text', true))).toEqual({
      code: 'bulk.paramMissing',
      params: { name: 'text' },
    });
  });

  it.each([[undefined], [null]])('a missing optional parameter (%s) is undefined', (value) => {
    expect(stringParam({ text: value }, 'text', false)).toBeUndefined();
  });

  it('a parameter that is not text is refused with its name', () => {
    expect(refusal(() => stringParam({ text: 3 }, 'text', false))).toEqual({
      code: 'bulk.paramNotText',
      params: { name: 'text' },
    });
  });
});
