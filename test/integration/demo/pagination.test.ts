import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoClient, members, view } from './helpers.ts';

let client: DemoClient;
beforeAll(async () => {
  client = await DemoClient.start();
});
afterAll(async () => client.close());

describe('demo platform: Hydra pagination', () => {
  it('defaults to 50 items with first/last/next links', async () => {
    const r = await client.get('/phonenumbers');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(r.body['@type']).toBe('hydra:Collection');
    expect(r.body['@context']).toBe('/contexts/PhoneNumber');
    expect(r.body['hydra:totalItems']).toBe(3000);
    expect(members(r)).toHaveLength(50);
    expect(view(r)['hydra:first']).toBe('/phonenumbers?page=1');
    expect(view(r)['hydra:next']).toBe('/phonenumbers?page=2');
    expect(view(r)['hydra:last']).toBe('/phonenumbers?page=60');
    expect(view(r)['hydra:previous']).toBeUndefined();
  });

  it('clamps itemsPerPage to 500 and links with the size actually used', async () => {
    const r = await client.get('/phonenumbers?itemsPerPage=2000&page=2');
    expect(members(r)).toHaveLength(500);
    expect(members(r)[0]?.['id']).toBe(501);
    expect(view(r)['hydra:next']).toBe('/phonenumbers?itemsPerPage=500&page=3');
    expect(view(r)['hydra:previous']).toBe('/phonenumbers?itemsPerPage=500&page=1');
    expect(view(r)['hydra:last']).toBe('/phonenumbers?itemsPerPage=500&page=6');
  });

  it('clamps harder with the maxItemsPerPage fault, and the links follow', async () => {
    client.demo.setFaults({ maxItemsPerPage: 137 });
    try {
      const r = await client.get('/phonenumbers?itemsPerPage=500');
      expect(members(r)).toHaveLength(137);
      expect(view(r)['hydra:next']).toBe('/phonenumbers?itemsPerPage=137&page=2');
      expect(view(r)['hydra:last']).toBe(`/phonenumbers?itemsPerPage=137&page=${Math.ceil(3000 / 137)}`);
      // Following hydra:next yields every row exactly once.
      const seen = new Set<unknown>();
      let next: string | undefined = '/phonenumbers?itemsPerPage=500';
      while (next) {
        const page = await client.get(next);
        for (const m of members(page)) seen.add(m['id']);
        next = view(page)['hydra:next'];
      }
      expect(seen.size).toBe(3000);
    } finally {
      client.demo.setFaults({ maxItemsPerPage: 500 });
    }
  });

  it('keeps filters in the links and answers an empty page past the end', async () => {
    const r = await client.get('/phonenumbers?blockStart=020&itemsPerPage=10&page=9999');
    expect(r.status).toBe(200);
    expect(members(r)).toHaveLength(0);
    expect(view(r)['hydra:first']).toBe('/phonenumbers?blockStart=020&itemsPerPage=10&page=1');
    expect(view(r)['hydra:next']).toBeUndefined();
  });

  it('rejects page 0 with 400', async () => {
    const r = await client.get('/phonenumbers?page=0');
    expect(r.status).toBe(400);
    expect(r.body['hydra:description']).toBe('Page should not be less than 1');
  });
});
