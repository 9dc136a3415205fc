import { describe, expect, it } from 'vitest';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import { valuesInUse } from '../../../src-main/bulk/values-in-use.ts';
import { field, platformDocumenting } from '../../support/platform-fields.ts';
import { english } from '../../support/ui-text.ts';

const rows = [
  { '@id': '/phonenumbers/1', costCenter: 'Sales' },
  { '@id': '/phonenumbers/2', costCenter: 'IT' },
  { '@id': '/phonenumbers/3', costCenter: 'Sales' },
  { '@id': '/phonenumbers/4', costCenter: '' },
  { '@id': '/phonenumbers/5', costCenter: null },
  { '@id': '/phonenumbers/6', costCenter: ' Logistiek-NL ' },
  { '@id': '/phonenumbers/7', costCenter: 'Finance' },
];

describe('values in use', () => {
  it('lists the non-empty values of a field in the cached rows, most used first, ties alphabetically', async () => {
    const seen: string[] = [];
    const result = await valuesInUse({ resource: 'phone-numbers', field: 'costCenter' }, async (path) => {
      seen.push(path);
      return rows;
    });
    expect(seen).toEqual(['/phonenumbers']);
    expect(result).toEqual({
      values: [
        { value: 'Sales', count: 2 },
        { value: 'Finance', count: 1 },
        { value: 'IT', count: 1 },
        { value: 'Logistiek-NL', count: 1 },
      ],
      distinct: 4,
    });
  });

  it('cuts the list at the limit and says how many there are', async () => {
    const result = await valuesInUse({ resource: 'phone-numbers', field: 'costCenter', limit: 2 }, async () => rows);
    expect(result.values.map((v) => v.value)).toEqual(['Sales', 'Finance']);
    expect(result.distinct).toBe(4);
  });

  it('refuses an unknown resource, naming it', async () => {
    const refused = await valuesInUse({ resource: 'nope', field: 'x' }, async () => []).then(
      () => null,
      (error: unknown) => error as BulkError,
    );
    expect(refused?.code).toBe('BULK_UNKNOWN_RESOURCE');
    expect(english(refused!.localized)).toBe('Unknown resource "nope".');
  });

  it('lists values the platform holds as numbers as their text', async () => {
    const numbered = [4100, 7300, 4100, 0].map((costCenter, i) => ({ '@id': `/phonenumbers/${i}`, costCenter }));
    const result = await valuesInUse({ resource: 'phone-numbers', field: 'costCenter' }, async () => numbered);
    expect(result).toEqual({
      values: [
        { value: '4100', count: 2 },
        { value: '0', count: 1 },
        { value: '7300', count: 1 },
      ],
      distinct: 3,
    });
  });

  it("reads a registry field under the platform's name when the rows do not carry ours", async () => {
    const forwards = [
      { '@id': '/forwards/1', forwardNumber: '0201234567' },
      { '@id': '/forwards/2', forwardNumber: '0201234567' },
    ];
    const bindingOf = platformDocumenting({
      '/order-details-x2voip-numbers-scheduled-forwards': [field('forwardNumber', { writable: true })],
    });
    const result = await valuesInUse(
      { resource: 'scheduled-forwards', field: 'forwardTo' },
      async () => forwards,
      bindingOf,
    );
    expect(result.values).toEqual([{ value: '0201234567', count: 2 }]);
  });

  it('reads a field by its own name when any row carries it, though a registry field of that name is bound elsewhere', async () => {
    // this platform keeps its own text "isEsim" beside the boolean our isEsim binds to; it leaves out empty fields
    const bindingOf = platformDocumenting({
      '/simcards': [field('isEsim'), field('embedded', { type: 'boolean' })],
    });
    const sims = [
      { '@id': '/simcards/1', isEsim: 'yes', embedded: true },
      { '@id': '/simcards/2', isEsim: 'no', embedded: false },
      { '@id': '/simcards/3', embedded: false },
    ];
    const result = await valuesInUse({ resource: 'sim-cards', field: 'isEsim' }, async () => sims, bindingOf);
    expect(result.values).toEqual([
      { value: 'no', count: 1 },
      { value: 'yes', count: 1 },
    ]);
  });
});
