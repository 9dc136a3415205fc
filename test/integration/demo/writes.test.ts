import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoClient, members } from './helpers.ts';

let client: DemoClient;
beforeAll(async () => {
  client = await DemoClient.start();
  await client.login();
});
afterAll(async () => client.close());

describe('demo platform: phone number PATCH (merge-patch)', () => {
  it('updates costCenter and description with merge-patch and logs the write', async () => {
    const r = await client.raw('PATCH', '/phonenumbers/7', {
      json: { costCenter: 'Sales', description: 'Reception line', number: '0000000000' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ '@id': '/phonenumbers/7', costCenter: 'Sales', description: 'Reception line' });
    const stored = client.demo.data.phoneNumbers.get(7);
    expect(stored?.costCenter).toBe('Sales');
    expect(stored?.number).toMatch(/^0[1-9]/); // read-only fields are ignored
    expect(client.demo.requestLog.at(-1)).toMatchObject({
      method: 'PATCH',
      status: 200,
      applied: true,
      contentType: 'application/merge-patch+json',
    });
    const cleared = await client.raw('PATCH', '/phonenumbers/7', { json: { costCenter: null } });
    expect(cleared.body['costCenter']).toBeNull();
    expect(cleared.body['description']).toBe('Reception line');
  });

  it('answers 415 for any other content type and changes nothing', async () => {
    const before = client.demo.data.phoneNumbers.get(8)?.costCenter;
    const r = await client.raw('PATCH', '/phonenumbers/8', {
      json: { costCenter: 'X' },
      contentType: 'application/json',
    });
    expect(r.status).toBe(415);
    expect(String(r.body['detail'])).toContain('application/merge-patch+json');
    expect(client.demo.data.phoneNumbers.get(8)?.costCenter).toBe(before);
    expect(client.demo.requestLog.at(-1)?.applied).toBe(false);
  });

  it('answers 422 with violations for a too long or non-string cost center', async () => {
    const long = await client.raw('PATCH', '/phonenumbers/8', { json: { costCenter: 'x'.repeat(51) } });
    expect(long.status).toBe(422);
    expect(long.body['violations']).toEqual([
      {
        propertyPath: 'costCenter',
        message: 'This value is too long. It should have 50 characters or less.',
        code: null,
      },
    ]);
    expect(String(long.body['hydra:description'])).toContain('costCenter');
    const typed = await client.raw('PATCH', '/phonenumbers/8', { json: { costCenter: 12, description: ['a'] } });
    expect(typed.status).toBe(422);
    expect((typed.body['violations'] as { propertyPath: string }[]).map((v) => v.propertyPath)).toEqual([
      'costCenter',
      'description',
    ]);
    expect((await client.raw('PATCH', '/phonenumbers/8', { json: { costCenter: 'x'.repeat(50) } })).status).toBe(200);
  });

  it('answers 404 for an unknown number', async () => {
    expect((await client.raw('PATCH', '/phonenumbers/99999999', { json: { costCenter: 'A' } })).status).toBe(404);
  });
});

describe('demo platform: number block actions (GET with side effects)', () => {
  it('ends a cool-off, idempotently', async () => {
    const block = client.demo.data.numberBlocks.all().find((b) => b.status === 'cool-off');
    expect(block).toBeDefined();
    const r = await client.get(`/number-blocks/${block?.id}/end-cool-off`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'available', coolOffUntil: null });
    expect(client.demo.requestLog.at(-1)?.applied).toBe(true);
    const again = await client.get(`/number-blocks/${block?.id}/end-cool-off`);
    expect(again.status).toBe(200);
    expect(client.demo.requestLog.at(-1)?.applied).toBe(false);
  });

  it('splits a free 1000-block into ten 100-blocks', async () => {
    const block = client.demo.data.numberBlocks.all().find((b) => b.size === 1000 && b.status !== 'in-use');
    expect(block).toBeDefined();
    const start = block?.start ?? '';
    const r = await client.get(`/number-blocks/${block?.id}/split/100`);
    expect(r.status).toBe(200);
    const parts = members(r);
    expect(parts).toHaveLength(10);
    expect(parts[0]).toMatchObject({ id: block?.id, start, size: 100 });
    expect(parts.map((p) => p['start'])).toEqual(
      Array.from(
        { length: 10 },
        (_, i) => `${start.slice(0, 3)}${String(Number(start.slice(3)) + i * 100).padStart(7, '0')}`,
      ),
    );
    for (const p of parts) expect((await client.get(String(p['@id']))).body['size']).toBe(100);
  });

  it('refuses sizes that are not smaller or do not divide (400), and blocks in use (409)', async () => {
    const free = client.demo.data.numberBlocks.all().find((b) => b.size === 100 && b.status !== 'in-use');
    expect((await client.get(`/number-blocks/${free?.id}/split/100`)).status).toBe(400);
    expect((await client.get(`/number-blocks/${free?.id}/split/30`)).status).toBe(400);
    expect((await client.get(`/number-blocks/${free?.id}/split/1000`)).status).toBe(400);
    const used = client.demo.data.numberBlocks.all().find((b) => b.size >= 100 && b.status === 'in-use');
    const r = await client.get(`/number-blocks/${used?.id}/split/10`);
    expect(r.status).toBe(409);
    expect(client.demo.data.numberBlocks.get(used?.id ?? 0)?.size).toBe(used?.size);
  });
});

describe('demo platform: scheduled forwards', () => {
  const path = '/order-details-x2voip-numbers-scheduled-forwards';

  it('creates (201), updates (merge-patch) and deletes (204) a forward', async () => {
    const number = client.demo.data.orderDetailsX2voipNumbers.all()[3];
    const created = await client.raw('POST', path, {
      json: {
        orderDetailsX2voipNumber: number?.['@id'],
        forwardTo: '0612345678',
        dateStart: '2026-12-24T17:00:00+01:00',
        dateEnd: '2027-01-02T08:00:00+01:00',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      orderDetailsX2voipNumber: number?.['@id'],
      number: number?.number,
      forwardTo: '0612345678',
      dateStart: '2026-12-24T16:00:00.000Z',
    });
    const iri = String(created.body['@id']);
    expect(created.headers.get('location')).toBe(iri);

    const patched = await client.raw('PATCH', iri, { json: { forwardTo: '0687654321' } });
    expect(patched.status).toBe(200);
    expect(patched.body['forwardTo']).toBe('0687654321');
    expect((await client.get(iri)).body['forwardTo']).toBe('0687654321');

    const deleted = await client.raw('DELETE', iri);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await client.get(iri)).status).toBe(404);
    expect((await client.raw('DELETE', iri)).status).toBe(404);
  });

  it('answers 422 for an invalid forwardTo, an unknown number IRI, or an end before the start', async () => {
    const number = client.demo.data.orderDetailsX2voipNumbers.all()[0]?.['@id'];
    const badTo = await client.raw('POST', path, { json: { orderDetailsX2voipNumber: number, forwardTo: '12345' } });
    expect(badTo.status).toBe(422);
    expect(badTo.body['violations']).toEqual([
      { propertyPath: 'forwardTo', message: 'This value is not a valid phone number.', code: null },
    ]);
    const unknown = await client.raw('POST', path, {
      json: { orderDetailsX2voipNumber: '/order-details-x2voip-numbers/1', forwardTo: '0612345678' },
    });
    expect(unknown.status).toBe(422);
    expect((unknown.body['violations'] as { propertyPath: string }[])[0]?.propertyPath).toBe(
      'orderDetailsX2voipNumber',
    );
    const missing = await client.raw('POST', path, { json: {} });
    expect((missing.body['violations'] as unknown[]).length).toBe(2);
    const reversed = await client.raw('POST', path, {
      json: {
        orderDetailsX2voipNumber: number,
        forwardTo: '0612345678',
        dateStart: '2027-01-02',
        dateEnd: '2027-01-01',
      },
    });
    expect(reversed.status).toBe(422);
    const existing = client.demo.data.scheduledForwards.all()[0];
    expect((await client.raw('PATCH', existing?.['@id'] ?? '', { json: { forwardTo: 'abc' } })).status).toBe(422);
    expect(
      (
        await client.raw('PATCH', existing?.['@id'] ?? '', {
          json: { forwardTo: '0611111111' },
          contentType: 'application/json',
        })
      ).status,
    ).toBe(415);
  });
});

describe('demo platform: accept-outport', () => {
  it('accepts a pending outport, then refuses it with 409', async () => {
    const pending = client.demo.data.outports.all().find((o) => o.status === 'pending');
    const r = await client.raw('POST', '/outports/accept-outport', { json: { id: pending?.id } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: pending?.id, status: 'accepted' });
    expect(typeof r.body['handledAt']).toBe('string');
    const again = await client.raw('POST', '/outports/accept-outport', { json: { id: pending?.id } });
    expect(again.status).toBe(409);
    expect(String(again.body['detail'])).toContain('not pending');
  });

  it('answers 404 for an unknown id, 422 for a missing id, and has no deny endpoint', async () => {
    expect((await client.raw('POST', '/outports/accept-outport', { json: { id: 999999 } })).status).toBe(404);
    expect((await client.raw('POST', '/outports/accept-outport', { json: {} })).status).toBe(422);
    expect((await client.raw('POST', '/outports/deny-outport', { json: { id: 401 } })).status).toBe(404);
  });
});
