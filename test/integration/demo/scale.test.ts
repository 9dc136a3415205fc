import { afterAll, describe, expect, it } from 'vitest';
import { DemoClient, members, view } from './helpers.ts';

let client: DemoClient | undefined;
afterAll(async () => client?.close());

describe('demo platform: 100,000 phone numbers', () => {
  it('starts quickly and serves pages quickly, across the whole range', async () => {
    const started = performance.now();
    client = await DemoClient.start({ phoneNumbers: 100_000, seed: 7 });
    const startup = performance.now() - started;
    expect(client.demo.data.phoneNumbers.size).toBe(100_000);
    expect(startup).toBeLessThan(3000);

    const t = performance.now();
    const first = await client.get('/phonenumbers?itemsPerPage=500');
    const last = await client.get('/phonenumbers?itemsPerPage=500&page=200');
    const filtered = await client.get('/phonenumbers?itemsPerPage=500&blockStart=020');
    expect(performance.now() - t).toBeLessThan(1500);

    expect(first.body['hydra:totalItems']).toBe(100_000);
    expect(members(first)).toHaveLength(500);
    expect(view(first)['hydra:last']).toBe('/phonenumbers?itemsPerPage=500&page=200');
    expect(members(last)).toHaveLength(500);
    expect(members(last).at(-1)?.['id']).toBe(100_000);
    expect(view(last)['hydra:next']).toBeUndefined();
    expect(members(filtered).every((n) => String(n['number']).startsWith('020'))).toBe(true);
    const numbers = new Set(client.demo.data.phoneNumbers.all().map((n) => n.number));
    expect(numbers.size).toBe(100_000);
  });
});
