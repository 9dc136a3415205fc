import { afterEach, describe, expect, it } from 'vitest';
import { readHydra } from '../../../src-main/schema/hydra-reader.ts';
import { readOpenApi } from '../../../src-main/schema/openapi-reader.ts';
import { DemoClient, members } from './helpers.ts';

let client: DemoClient;
afterEach(async () => client?.close());

const LINK =
  /<(http:\/\/127\.0\.0\.1:\d+\/docs\.jsonld)>; rel="http:\/\/www\.w3\.org\/ns\/hydra\/core#apiDocumentation"/;

describe('demo platform: its own documentation', () => {
  it('links the Hydra documentation from JSON-LD answers and serves it, the entrypoint and OpenAPI 3.1', async () => {
    client = await DemoClient.start({ phoneNumbers: 300 });
    await client.login();
    const list = await client.get('/phonenumbers', { auth: 'jwt' });
    expect(list.headers.get('link')).toMatch(LINK);
    const hydra = readHydra((await client.get('/docs.jsonld', { auth: 'none' })).body);
    expect(hydra.collections['phoneNumber']).toBe('PhoneNumber');
    const entry = await client.get('/', { auth: 'none' });
    expect(entry.body['phoneNumber']).toBe('/phonenumbers');
    const openApi = readOpenApi((await client.get('/docs.json', { auth: 'none' })).body);
    const phone = openApi.resources.find((resource) => resource.path === '/phonenumbers')!;
    expect(phone.fields.find((field) => field.name === 'costCenter')).toMatchObject({ writable: true, maxLength: 50 });
    // the field the demo's table carries beyond api-model is documented too
    expect(phone.fields.map((field) => field.name)).toContain('numberType');
    expect(phone.filters.map((filter) => filter.name)).toEqual(['orderId', 'blockStart', 'excludeOrders']);
  });

  it('in the renamed dialect names fields and status values its own way and lets SIM cost centers be written', async () => {
    client = await DemoClient.start({ phoneNumbers: 300, dialect: 'renamed' });
    await client.login();
    const block = members(await client.get('/number-blocks', { auth: 'jwt' }))[0]!;
    expect(Object.keys(block)).toEqual(expect.arrayContaining(['firstNumber', 'lastNumber', 'area', 'coolOffEnd']));
    expect(block).not.toHaveProperty('start');
    expect(['FREE', 'IN_USE', 'COOLING_OFF']).toContain(block['status']);
    const openApi = readOpenApi((await client.get('/docs.json', { auth: 'none' })).body);
    const sims = openApi.resources.find((resource) => resource.path === '/simcards')!;
    expect(sims.methods).toContain('PATCH');
    expect(sims.fields.find((field) => field.name === 'costCenter')).toMatchObject({ writable: true });
    const patched = await client.raw('PATCH', '/simcards/3001', { auth: 'jwt', json: { costCenter: 'Fleet' } });
    expect(patched.status).toBe(200);
    expect(patched.body['costCenter']).toBe('Fleet');
    const refused = await client.raw('PATCH', '/phonenumbers/1', {
      auth: 'jwt',
      json: { cost_center: 'x'.repeat(51) },
    });
    expect(refused.status).toBe(400);
    expect(refused.body['violations']).toEqual([expect.objectContaining({ propertyPath: 'cost_center' })]);
    const written = await client.raw('PATCH', '/phonenumbers/1', { auth: 'jwt', json: { cost_center: 'Sales' } });
    expect(written.body['cost_center']).toBe('Sales');
    expect(client.demo.data.phoneNumbers.get(1)?.costCenter).toBe('Sales');
  });

  it('without documentation answers 404 on the documentation paths and links nothing', async () => {
    client = await DemoClient.start({ phoneNumbers: 300, dialect: 'undocumented' });
    await client.login();
    const list = await client.get('/phonenumbers', { auth: 'jwt' });
    expect(list.status).toBe(200);
    expect(list.headers.get('link')).toBeNull();
    for (const path of ['/docs.jsonld', '/docs.json', '/'])
      expect((await client.get(path, { auth: 'none' })).status).toBe(404);
  });
});
