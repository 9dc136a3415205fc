import { describe, expect, it } from 'vitest';
import { valuesInUse } from '../../../src-main/bulk/values-in-use.ts';

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

  it('refuses an unknown resource', async () => {
    await expect(valuesInUse({ resource: 'nope', field: 'x' }, async () => [])).rejects.toMatchObject({
      code: 'BULK_UNKNOWN_RESOURCE',
    });
  });
});
