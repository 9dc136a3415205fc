import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../../src-main/demo/generate/luhn.ts';
import { DemoClient, members } from './helpers.ts';

let client: DemoClient;
beforeAll(async () => {
  client = await DemoClient.start();
});
afterAll(async () => client.close());

async function list(path: string): Promise<Record<string, unknown>[]> {
  const r = await client.get(path);
  expect(r.status, `${path}: ${r.text.slice(0, 200)}`).toBe(200);
  expect(r.body['@type']).toBe('hydra:Collection');
  return members(r);
}

async function resolves(iri: unknown): Promise<Record<string, unknown>> {
  expect(typeof iri).toBe('string');
  const r = await client.get(iri as string);
  expect(r.status, `${String(iri)} should resolve`).toBe(200);
  expect(r.body['@id']).toBe(iri);
  return r.body;
}

describe('demo platform: resources', () => {
  it('phone numbers are Dutch 0xx numbers linked to orders and customers', async () => {
    const rows = await list('/phonenumbers?itemsPerPage=500');
    for (const n of rows) {
      expect(n['number']).toMatch(/^0[1-9][0-9]{8}$/);
      expect(n['@id']).toBe(`/phonenumbers/${String(n['id'])}`);
      expect(n['@type']).toBe('PhoneNumber');
    }
    const costCenters = new Set(rows.map((n) => n['costCenter']));
    expect(costCenters.has(null)).toBe(true);
    expect(costCenters.size).toBeGreaterThan(3);
    const first = rows[0] ?? {};
    await resolves(first['order']);
    await resolves(first['customer']);
    await resolves(first['areaCode']);
    await resolves(first['numberBlock']);
  });

  it('phone numbers filter by orderId, blockStart (with or without leading 0) and excludeOrders', async () => {
    const first = (await list('/phonenumbers'))[0] ?? {};
    const orderId = String(first['order']).split('/').pop();
    const byOrder = await list(`/phonenumbers?orderId=${orderId}&itemsPerPage=500`);
    expect(byOrder.length).toBeGreaterThan(0);
    expect(byOrder.every((n) => n['order'] === first['order'])).toBe(true);

    const prefix = String(first['number']).slice(0, 6);
    const withZero = await client.get(`/phonenumbers?blockStart=${prefix}`);
    const withoutZero = await client.get(`/phonenumbers?blockStart=${prefix.slice(1)}`);
    expect(withZero.body['hydra:totalItems']).toBe(withoutZero.body['hydra:totalItems']);
    expect(members(withZero).every((n) => String(n['number']).startsWith(prefix))).toBe(true);

    expect(first['orderLabel']).toEqual(expect.any(String));
    const lean = (await list('/phonenumbers?excludeOrders=1'))[0] ?? {};
    expect(lean['orderLabel']).toBeUndefined();
    expect(lean['order']).toBe(first['order']);
  });

  it('number blocks come in 10/100/1000 and filter by excludedNumberPoolIds[]', async () => {
    const all = await list('/number-blocks?itemsPerPage=500');
    for (const b of all) {
      expect([10, 100, 1000]).toContain(b['size']);
      expect(Number(b['end']) - Number(b['start']) + 1).toBe(b['size']);
      expect(Number(String(b['start']).slice(3)) % (b['size'] as number)).toBe(0);
    }
    expect(all.some((b) => b['status'] === 'cool-off' && typeof b['coolOffUntil'] === 'string')).toBe(true);
    const pools = new Set(all.map((b) => b['numberPool']));
    expect(pools.size).toBeGreaterThan(1);
    const filtered = await list('/number-blocks?itemsPerPage=500&excludedNumberPoolIds[]=1&excludedNumberPoolIds[]=2');
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.some((b) => b['numberPool'] === '/number-pools/1' || b['numberPool'] === '/number-pools/2')).toBe(
      false,
    );
  });

  it('area codes are real Dutch ones', async () => {
    const codes = await list('/areacodes');
    const byCode = new Map(codes.map((c) => [c['areaCode'], c['name']]));
    expect(byCode.get('020')).toBe('Amsterdam');
    expect(byCode.get('010')).toBe('Rotterdam');
    expect(byCode.get('073')).toBe("'s-Hertogenbosch");
    expect(byCode.has('088')).toBe(true);
  });

  it('SIM cards have Luhn-valid 8931 ICC-IDs, 204 IMSIs, orders and eSIM flags', async () => {
    const sims = await list('/simcards?itemsPerPage=500');
    expect(sims.length).toBeGreaterThan(100);
    for (const s of sims) {
      expect(s['iccid']).toMatch(/^8931[0-9]{15,16}$/);
      expect(isLuhnValid(String(s['iccid']))).toBe(true);
      expect(s['imsi']).toMatch(/^204[0-9]{12}$/);
      expect(typeof s['isEsim']).toBe('boolean');
    }
    expect(sims.some((s) => s['isEsim'] === true)).toBe(true);
    expect(sims.some((s) => String(s['imsi']).startsWith('20416'))).toBe(true);
    expect(sims.some((s) => /^06[0-9]{8}$/.test(String(s['msisdn'])))).toBe(true);
    await resolves(sims.find((s) => s['order'])?.['order']);
  });

  it('tracking devices filter by unit_code_filter and link a SIM; the outage report lists devices out', async () => {
    const devices = await list('/tracking-devices');
    const target = devices[3] ?? {};
    const code = String(target['unitCode']);
    const found = await list(`/tracking-devices?unit_code_filter=${code.slice(2).toLowerCase()}`);
    expect(found.map((d) => d['unitCode'])).toContain(code);
    expect(found.every((d) => String(d['unitCode']).includes(code.slice(2)))).toBe(true);
    expect(isLuhnValid(String(target['imei']))).toBe(true);
    await resolves(target['simcard']);

    const outages = await list('/tracking-device-outages/report');
    expect(outages.length).toBeGreaterThan(0);
    for (const o of outages) {
      expect(o['durationSeconds']).toBeGreaterThan(0);
      const device = await resolves(o['trackingDevice']);
      expect(device['status']).toBe('offline');
      expect(o['since']).toBe(device['lastSeen']);
    }
  });

  it('outports are mostly pending, with numbers, date and receiving provider', async () => {
    const outports = await list('/outports');
    expect(outports.filter((o) => o['status'] === 'pending').length).toBeGreaterThan(5);
    for (const o of outports) {
      expect(['pending', 'accepted', 'denied']).toContain(o['status']);
      expect((o['numbers'] as string[]).length).toBeGreaterThan(0);
      expect(o['requestedDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof o['receivingProvider']).toBe('string');
    }
  });

  it('X2VoIP accounts, numbers, routes, outbound routes, call barrings and scheduled forwards link up', async () => {
    const accounts = await list('/order-details-x2voips');
    expect(accounts.length).toBeGreaterThan(5);
    const account = accounts[0] ?? {};
    const order = await resolves(account['order']);
    expect(order['orderDetailsX2voip']).toBe(account['@id']);
    for (const path of ['/x2voip-routes', '/x2voip-outbound-routes', '/x2voip-call-barrings']) {
      const rows = await list(path);
      expect(rows.length, path).toBeGreaterThan(0);
      await resolves(rows[0]?.['orderDetailsX2voip']);
    }
    const numbers = await list('/order-details-x2voip-numbers');
    expect(numbers[0]?.['number']).toMatch(/^0[1-9][0-9]{8}$/);
    await resolves(numbers[0]?.['orderDetailsX2voip']);
    await resolves(numbers[0]?.['phoneNumber']);
    const forwards = await list('/order-details-x2voip-numbers-scheduled-forwards');
    expect(forwards.length).toBeGreaterThan(0);
    await resolves(forwards[0]?.['orderDetailsX2voipNumber']);
  });

  it('customers and orders resolve and filter by parentId / customer.id', async () => {
    const children = await list('/customers?parentId=1000&itemsPerPage=500');
    expect(children.length).toBeGreaterThan(5);
    expect(children.every((c) => c['parent'] === '/customers/1000')).toBe(true);
    const orders = await list(`/orders?customer.id=${String(children[0]?.['id'])}`);
    expect(orders.every((o) => o['customer'] === children[0]?.['@id'])).toBe(true);
  });

  it('answers unknown items with 404 problem JSON and wrong methods with 405', async () => {
    const r = await client.get('/phonenumbers/999999999');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body).toMatchObject({ title: 'An error occurred', status: 404, 'hydra:title': 'An error occurred' });
    expect((await client.raw('DELETE', '/phonenumbers/1')).status).toBe(405);
    expect((await client.get('/nope')).status).toBe(404);
  });

  it('generates the same data for the same seed', async () => {
    const other = await DemoClient.start();
    try {
      const a = (await list('/simcards?itemsPerPage=5')).map((s) => s['iccid']);
      const b = members(await other.get('/simcards?itemsPerPage=5')).map((s) => s['iccid']);
      expect(b).toEqual(a);
    } finally {
      await other.close();
    }
  });
});
