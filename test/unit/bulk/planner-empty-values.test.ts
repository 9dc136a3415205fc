import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src-main/bulk/index.ts';
import { planAction } from '../../../src-main/bulk/planner.ts';

// The platform returns an emptied text field as '' on some rows, null or absent on others: all three are "empty".
const phones: Row[] = [
  { '@id': '/phonenumbers/1', number: '0201234567', costCenter: '', description: '' },
  { '@id': '/phonenumbers/2', number: '0201234568', costCenter: null, description: null },
  { '@id': '/phonenumbers/3', number: '0201234569' },
  { '@id': '/phonenumbers/4', number: '0201234570', costCenter: 'Sales', description: 'Reception' },
];
const readRows = async (path: string): Promise<Row[]> => (path === '/phonenumbers' ? phones : []);
const targets = phones.map((row) => String(row['@id']));

describe('clearing a field that is already empty sends nothing', () => {
  it.each(['clear-description', 'clear-cost-center'])(
    '%s skips rows whose value is "", null or absent',
    async (action) => {
      const { plan } = await planAction({ spec: { resource: 'phone-numbers', action, targets, params: {} }, readRows });
      expect(plan.ops.map((o) => [o.target, o.skip?.kind ?? 'send'])).toEqual([
        ['/phonenumbers/1', 'unchanged'],
        ['/phonenumbers/2', 'unchanged'],
        ['/phonenumbers/3', 'unchanged'],
        ['/phonenumbers/4', 'send'],
      ]);
      const sent = plan.ops.filter((o) => o.skip === null).map((o) => o.request);
      expect(sent).toEqual([
        {
          method: 'PATCH',
          path: '/phonenumbers/4',
          body: { [action === 'clear-description' ? 'description' : 'costCenter']: null },
        },
      ]);
    },
  );
});
