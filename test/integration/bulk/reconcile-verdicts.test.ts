import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reconcileOps, type Verdict } from '../../../src-main/bulk/reconcile.ts';
import type { Op } from '../../../src-main/bulk/types.ts';
import { isPlatformError } from '../../../src-main/platform/index.ts';
import { op } from '../../support/bulk-ops.ts';
import { dutch, english } from '../../support/ui-text.ts';
import { closeDemos, jwtClient, startBulkDemo, type Demo } from './helpers.ts';

afterEach(async () => {
  vi.useRealTimers();
  await closeDemos();
});

const BLOCKS = '/number-blocks';
const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';
const MINUTE = 60_000;

/** One operation whose answer was lost, of `kind` on `target`. */
function lost(index: number, kind: Op['kind'], target: string, changes: Op['changes'], resourcePath: string): Op {
  return op(index, 'unknown', { kind, target, changes, resourcePath, request: { method: 'GET', path: target } });
}

const patchOf = (index: number, target: string): Op =>
  lost(index, 'patch', target, [{ field: 'costCenter', old: 'A', new: 'B' }], '/phone-numbers');
const splitOf = (index: number, target: string): Op =>
  lost(index, 'split', target, [{ field: 'size', old: 1000, new: 100 }], BLOCKS);
const endCoolOffOf = (index: number, target: string, until: string | null): Op =>
  lost(
    index,
    'end-cool-off',
    target,
    [
      { field: 'status', old: 'cool-off', new: 'available' },
      { field: 'coolOffUntil', old: until, new: null },
    ],
    BLOCKS,
  );
const acceptOf = (index: number, target: string): Op =>
  lost(index, 'accept-outport', target, [{ field: 'status', old: 'pending', new: 'accepted' }], '/outports');
const deleteOf = (index: number, target: string): Op =>
  lost(index, 'delete-forward', target, [{ field: 'forwardTo', old: '0612345678', new: null }], FORWARDS);

/** An unsettled verdict as the log (English) and the operator (in both languages) read it. */
function unsettledText(verdict: Verdict | undefined): { message: string; en: string; nl: string } {
  if (verdict?.type !== 'unsettled') throw new Error(`expected unsettled, got ${JSON.stringify(verdict)}`);
  return { message: verdict.message, en: english(verdict.text), nl: dutch(verdict.text) };
}

const typeOf = (verdicts: Map<number, Verdict>): Record<number, string> =>
  Object.fromEntries([...verdicts].map(([index, verdict]) => [index, verdict.type]));

/** A phone number, a block of 1000 and a pending outport of the demo. */
function targets(demo: Demo) {
  return {
    phone: demo.data.phoneNumbers.all()[0]!,
    block: demo.data.numberBlocks.all().find((b) => b.size === 1000)!,
    outport: demo.data.outports.all().find((o) => o.status === 'pending')!,
  };
}

describe('reconciling by reading the item back', () => {
  it('an item that is gone (404) leaves patch, split, end-cool-off and accept-outport unsettled', async () => {
    const demo = await startBulkDemo();
    const { phone, block, outport } = targets(demo);
    demo.data.phoneNumbers.remove(phone.id);
    demo.data.numberBlocks.remove(block.id);
    demo.data.outports.remove(outport.id);
    const ops = [
      patchOf(0, phone['@id']),
      splitOf(1, block['@id']),
      endCoolOffOf(2, block['@id'], '2030-01-01T00:00:00Z'),
      acceptOf(3, outport['@id']),
    ];
    const verdicts = await reconcileOps(jwtClient(demo), ops, new Set());
    expect(unsettledText(verdicts.get(0))).toEqual({
      message: 'the item no longer exists',
      en: 'the item no longer exists',
      nl: 'het item bestaat niet meer',
    });
    const blockGone = {
      message: 'the block no longer exists',
      en: 'the number block no longer exists',
      nl: 'het nummerblok bestaat niet meer',
    };
    expect(unsettledText(verdicts.get(1))).toEqual(blockGone);
    expect(unsettledText(verdicts.get(2))).toEqual(blockGone);
    expect(unsettledText(verdicts.get(3))).toEqual({
      message: 'the outport no longer exists',
      en: 'the outport request no longer exists',
      nl: 'het outportverzoek bestaat niet meer',
    });
  });

  it("a read the platform fails with a server error leaves every kind unsettled with the platform's message", async () => {
    const demo = await startBulkDemo({ faults: { errorKinds: ['500-hydra'] } });
    const client = jwtClient(demo, { maxAttempts: 1 });
    await client.session.signIn();
    const { phone, block, outport } = targets(demo);
    demo.setFaults({ errorRate: 1 });
    const failure: unknown = await client.request({ path: phone['@id'] }).catch((error: unknown) => error);
    if (!isPlatformError(failure)) throw new Error('expected a platform error');
    expect(failure.status).toBe(500);
    const ops = [
      patchOf(0, phone['@id']),
      splitOf(1, block['@id']),
      endCoolOffOf(2, block['@id'], '2030-01-01T00:00:00Z'),
      acceptOf(3, outport['@id']),
      deleteOf(4, FORWARDS + '/1'),
    ];
    const verdicts = await reconcileOps(client, ops, new Set());
    expect(verdicts.size).toBe(5);
    for (const verdict of verdicts.values()) {
      const text = unsettledText(verdict);
      expect(text.message).toContain('server error (HTTP 500)');
      expect(text).toEqual({ message: failure.userMessage, en: english(failure.text), nl: dutch(failure.text) });
    }
  });

  it('a platform that cannot be reached leaves the operation unsettled saying so', async () => {
    const demo = await startBulkDemo();
    const port = await closedPort();
    const client = jwtClient(demo, { baseUrl: `http://127.0.0.1:${port}`, maxAttempts: 1 });
    const verdicts = await reconcileOps(client, [patchOf(0, '/phone-numbers/1')], new Set());
    expect(unsettledText(verdicts.get(0)).message).toContain('The platform cannot be reached');
  });

  it('a failure that is not the platform’s (the keychain refusing the password) is named as the reason', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo, {
      auth: { mode: 'jwt', email: demo.credentials.email, clientId: demo.credentials.clientId, password: locked },
    });
    const verdicts = await reconcileOps(client, [patchOf(0, '/phone-numbers/1')], new Set());
    expect(unsettledText(verdicts.get(0))).toEqual({
      message: 'the keychain is locked',
      en: 'reading it back failed: the keychain is locked',
      nl: 'terug lezen mislukt: the keychain is locked',
    });
  });

  it('split: the new size is applied, the old size is not, another size is unsettled naming it', async () => {
    const demo = await startBulkDemo();
    const [a, b, c] = demo.data.numberBlocks.all().filter((block) => block.size === 1000);
    a!.size = 100;
    c!.size = 500;
    const verdicts = await reconcileOps(
      jwtClient(demo),
      [splitOf(0, a!['@id']), splitOf(1, b!['@id']), splitOf(2, c!['@id'])],
      new Set(),
    );
    expect(verdicts.get(0)).toMatchObject({ type: 'applied', items: [{ '@id': a!['@id'], size: 100 }] });
    expect(verdicts.get(1)).toEqual({ type: 'not-applied' });
    expect(unsettledText(verdicts.get(2))).toEqual({
      message: 'the block now has size 500',
      en: 'the number block now has size 500',
      nl: 'het nummerblok heeft nu grootte 500',
    });
  });

  it('accept-outport: accepted is applied, still pending is not, any other status is unsettled naming it', async () => {
    const demo = await startBulkDemo();
    const [a, b, c] = demo.data.outports.all().filter((o) => o.status === 'pending');
    a!.status = 'accepted';
    c!.status = 'denied';
    const verdicts = await reconcileOps(
      jwtClient(demo),
      [acceptOf(0, a!['@id']), acceptOf(1, b!['@id']), acceptOf(2, c!['@id'])],
      new Set(),
    );
    expect(verdicts.get(0)).toMatchObject({ type: 'applied', items: [{ '@id': a!['@id'], status: 'accepted' }] });
    expect(verdicts.get(1)).toEqual({ type: 'not-applied' });
    expect(unsettledText(verdicts.get(2))).toEqual({
      message: 'the outport is now denied',
      en: 'the outport request is now denied',
      nl: 'het outportverzoek is nu denied',
    });
  });

  it('delete-forward: a forward that is gone is applied and removed, one still there is not applied', async () => {
    const demo = await startBulkDemo();
    const [gone, kept] = demo.data.scheduledForwards.all();
    demo.data.scheduledForwards.remove(gone!.id);
    const verdicts = await reconcileOps(
      jwtClient(demo),
      [deleteOf(0, gone!['@id']), deleteOf(1, kept!['@id'])],
      new Set(),
    );
    expect(verdicts.get(0)).toEqual({ type: 'applied', items: [], removed: [gone!['@id']], createdIri: null });
    expect(verdicts.get(1)).toEqual({ type: 'not-applied' });
  });

  it('an answer without the item (a proxy page, an empty body) proves nothing: the forward is not taken as deleted', async () => {
    const demo = await startBulkDemo();
    const [first, second] = demo.data.scheduledForwards.all();
    const answers: Record<string, () => Response> = {
      [first!['@id']]: () =>
        new Response('<html><body>Sign in</body></html>', { headers: { 'content-type': 'text/html' } }),
      [second!['@id']]: () => new Response(null, { status: 204 }),
    };
    const client = jwtClient(demo, {
      fetch: async (url, init) => answers[new URL(url).pathname]?.() ?? fetch(url, init),
    });
    const verdicts = await reconcileOps(client, [deleteOf(0, first!['@id']), deleteOf(1, second!['@id'])], new Set());
    for (const index of [0, 1])
      expect(unsettledText(verdicts.get(index))).toEqual({
        message: 'the platform answered without the item',
        en: 'the platform answered without the item',
        nl: 'het platform antwoordde zonder het item',
      });
  });
});

describe('end-cool-off: whether the cool-off is over', () => {
  /**
   * The verdict for each block, given the end recorded when planned and the fields it has now (status cool-off
   * unless said otherwise; coolOffUntil undefined: the platform no longer sends the field).
   */
  async function judge(
    blocks: { until: string | null; now: Record<string, unknown> }[],
  ): Promise<Record<number, string>> {
    const demo = await startBulkDemo();
    const rows = demo.data.numberBlocks.all().slice(0, blocks.length);
    const ops = blocks.map((block, index) => {
      const row = rows[index]! as unknown as Record<string, unknown>;
      Object.assign(row, { status: 'cool-off', coolOffUntil: block.until }, block.now);
      if ('coolOffUntil' in block.now && block.now['coolOffUntil'] === undefined) delete row['coolOffUntil'];
      return endCoolOffOf(index, String(row['@id']), block.until);
    });
    return typeOf(await reconcileOps(jwtClient(demo), ops, new Set()));
  }

  it('is over when the status moved on or the end is gone, empty or past; not while the end is ahead', async () => {
    const planned = new Date(Date.now() + 60 * MINUTE).toISOString();
    const verdicts = await judge([
      { until: planned, now: { status: 'available' } },
      { until: planned, now: { coolOffUntil: null } },
      { until: planned, now: { coolOffUntil: undefined } },
      { until: planned, now: { coolOffUntil: '' } },
      { until: planned, now: { coolOffUntil: new Date(Date.now() - MINUTE).toISOString() } },
      { until: planned, now: {} },
      { until: planned, now: { coolOffUntil: 'not a date' } },
    ]);
    expect(verdicts).toEqual({
      0: 'applied',
      1: 'applied',
      2: 'applied',
      3: 'applied',
      4: 'applied',
      5: 'not-applied',
      6: 'not-applied',
    });
  });

  it('is not over for a block that had no end when planned and still cools off, whatever its end says now', async () => {
    const past = new Date(Date.now() - MINUTE).toISOString();
    expect(
      await judge([
        { until: null, now: { coolOffUntil: null } },
        { until: null, now: { coolOffUntil: past } },
      ]),
    ).toEqual({
      0: 'not-applied',
      1: 'not-applied',
    });
  });

  it('is over at the very millisecond the end is reached, not one before', async () => {
    // only Date is frozen: the HTTP round trip runs on real timers
    vi.useFakeTimers({ toFake: ['Date'] });
    const now = Date.UTC(2031, 4, 6, 7, 8, 9, 123);
    vi.setSystemTime(now);
    const at = (ms: number): string => new Date(ms).toISOString();
    const verdicts = await judge([
      { until: at(now + MINUTE), now: { coolOffUntil: at(now) } },
      { until: at(now + MINUTE), now: { coolOffUntil: at(now + 1) } },
    ]);
    expect(verdicts).toEqual({ 0: 'applied', 1: 'not-applied' });
  });
});

async function locked(): Promise<string> {
  throw new Error('the keychain is locked');
}

/** A port on this machine nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

// Not covered here: judgeItem's 'create-forward' case ("creates are reconciled by listing"). reconcileOps hands
// every create to the listing before it reads items one by one, so that case cannot be reached through it.
