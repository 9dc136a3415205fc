import { describe, expect, it } from 'vitest';
import { buildSearchIndex, plainScan } from '../../../src-main/search/search-index.ts';
import { createTokenIndex } from '../../../src-main/search/token-index.ts';
import { demoCollections } from '../overview/demo-collections.ts';
import { dutch, english } from '../../support/ui-text.ts';

const NOW = Date.UTC(2026, 10, 27, 10);
const international = (national: string): string => `+31 ${national.slice(1, 3)} ${national.slice(3)}`;

describe('the one search', () => {
  it('a token index finds and counts every token with a prefix', () => {
    const index = createTokenIndex([
      ['0201234567', 'a'],
      ['0201234568', 'b'],
      ['0301234567', 'c'],
    ] as const);
    expect(index.count('020')).toBe(2);
    expect(index.find('020', 10)).toEqual(['a', 'b']);
    expect(index.find('0201234568', 10)).toEqual(['b']);
    expect(index.count('04')).toBe(0);
    expect(index.count('')).toBe(0);
  });

  it('finds a number typed as +31… with its block, forward, outport and customer', async () => {
    const { data, demo } = await demoCollections(3000, NOW);
    const forward = demo.scheduledForwards.all()[0]!;
    const number = demo.orderDetailsX2voipNumbers.all().find((n) => n['@id'] === forward.orderDetailsX2voipNumber)!;
    const phone = demo.phoneNumbers.all().find((p) => p.number === number.number)!;
    const index = buildSearchIndex(data);
    const groups = index.query(international(number.number), 20);
    const hits = (resource: string) => groups.find((group) => group.resource === resource)?.hits ?? [];
    expect(hits('phone-numbers').map((hit) => hit.iri)).toEqual([phone['@id']]);
    expect(hits('number-blocks').map((hit) => hit.iri)).toEqual([phone.numberBlock]);
    expect(hits('scheduled-forwards').map((hit) => hit.iri)).toContain(forward['@id']);
    expect(hits('customers').map((hit) => hit.iri)).toEqual([phone.customer]);
    expect(hits('phone-numbers')[0]!.via).toBe('match');
    expect(hits('number-blocks')[0]!.via).toBe('block');

    const outport = demo.outports.all()[0]!;
    const outportGroups = index.query(`0031${outport.numbers[0]!.slice(1)}`, 20);
    expect(outportGroups.find((group) => group.resource === 'outports')?.hits.map((hit) => hit.iri)).toContain(
      outport['@id'],
    );
  });

  it('finds a tracker by unit code and IMEI with its SIM, and a SIM by ICCID with its tracker', async () => {
    const { data, demo } = await demoCollections(3000, NOW);
    const device = demo.trackingDevices.all()[0]!;
    const sim = demo.simCards.all().find((candidate) => candidate['@id'] === device.simcard)!;
    const index = buildSearchIndex(data);
    for (const query of [device.unitCode.toLowerCase(), device.imei, sim.iccid, sim.imsi]) {
      const groups = index.query(query, 20);
      expect(
        groups.find((g) => g.resource === 'tracking-devices')?.hits.map((h) => h.iri),
        query,
      ).toContain(device['@id']);
      expect(
        groups.find((g) => g.resource === 'sim-cards')?.hits.map((h) => h.iri),
        query,
      ).toContain(sim['@id']);
    }
  });

  it('finds a customer by part of the name, with the rows that belong to it', async () => {
    const { data, demo } = await demoCollections(3000, NOW);
    const phone = demo.phoneNumbers.all()[0]!;
    const customer = demo.customers.all().find((c) => c['@id'] === phone.customer)!;
    const groups = buildSearchIndex(data).query(customer.name.slice(2, 12), 20);
    expect(groups.find((g) => g.resource === 'customers')?.hits.map((h) => h.iri)).toContain(customer['@id']);
    expect(groups.find((g) => g.resource === 'phone-numbers')?.total).toBeGreaterThan(0);
    const names = (language: typeof english) => groups.map((g) => language(g.label));
    expect(names(english)).toEqual(expect.arrayContaining(['Customers', 'Phone numbers']));
    expect(names(dutch)).toEqual(expect.arrayContaining(['Klanten', 'Telefoonnummers']));
  });

  it('counts a broad prefix without following every match, and agrees with a plain scan on what matches', async () => {
    const { data, demo } = await demoCollections(3000, NOW);
    const index = buildSearchIndex(data);
    const numbers = index.query('020', 20).find((group) => group.resource === 'phone-numbers')!;
    const expected = demo.phoneNumbers.all().filter((p) => p.number.startsWith('020')).length;
    expect(numbers.total).toBe(expected);
    expect(numbers.hits).toHaveLength(Math.min(20, expected));
    expect(plainScan(data, '020')).toBeGreaterThanOrEqual(expected);
    expect(index.query('   ', 20)).toEqual([]);
  });
});
