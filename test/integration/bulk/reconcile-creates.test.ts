import { afterEach, describe, expect, it } from 'vitest';
import { reconcileOps, type Verdict } from '../../../src-main/bulk/reconcile.ts';
import type { ForwardExpectation, Op } from '../../../src-main/bulk/types.ts';
import { isPlatformError } from '../../../src-main/platform/index.ts';
import { op } from '../../support/bulk-ops.ts';
import { dutch, english } from '../../support/ui-text.ts';
import { closeDemos, jwtClient, startBulkDemo, type Demo } from './helpers.ts';

afterEach(async () => {
  await closeDemos();
});

const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';
const MINUTE = 60_000;
const WINDOW = { forwardTo: '0612345678', dateStart: '2030-07-01T09:00:00.000Z', dateEnd: '2030-07-15T17:00:00.000Z' };

/** A create-forward whose answer was lost, sent at `sentAt`, for the forward `expect` describes. */
function createOf(index: number, numberIri: string, sentAt: number, expect?: ForwardExpectation): Op {
  return op(index, 'unknown', {
    kind: 'create-forward',
    target: numberIri,
    resourcePath: FORWARDS,
    changes: [{ field: 'forwardTo', old: null, new: WINDOW.forwardTo }],
    request: { method: 'POST', path: FORWARDS },
    sentAt,
    ...(expect ? { forward: expect } : {}),
  });
}

/** An X2VoIP number of the demo without any forward yet. */
function bareNumber(demo: Demo): string {
  const forwarded = new Set(demo.data.scheduledForwards.all().map((f) => f.orderDetailsX2voipNumber));
  return demo.data.orderDetailsX2voipNumbers.all().find((n) => !forwarded.has(n['@id']))!['@id'];
}

/** Puts a forward on the demo as if created at `createdAt` (epoch ms); answers its IRI. */
function forward(demo: Demo, numberIri: string, createdAt: number, forwardTo = WINDOW.forwardTo): string {
  const id = demo.data.scheduledForwards.nextId();
  return demo.data.scheduledForwards.insert({
    '@id': `${FORWARDS}/${id}`,
    '@type': 'OrderDetailsX2voipNumbersScheduledForward',
    id,
    orderDetailsX2voipNumber: numberIri,
    number: '0201234567',
    ...WINDOW,
    forwardTo,
    createdAt: new Date(createdAt).toISOString(),
  })['@id'];
}

function unsettledText(verdict: Verdict | undefined): { message: string; en: string; nl: string } {
  if (verdict?.type !== 'unsettled') throw new Error(`expected unsettled, got ${JSON.stringify(verdict)}`);
  return { message: verdict.message, en: english(verdict.text), nl: dutch(verdict.text) };
}

describe('reconciling a create-forward by listing the forwards', () => {
  it('a create without a description of its forward in the journal is unsettled', async () => {
    const demo = await startBulkDemo();
    const verdicts = await reconcileOps(jwtClient(demo), [createOf(0, bareNumber(demo), Date.now())], new Set());
    expect(unsettledText(verdicts.get(0))).toEqual({
      message: 'the journal holds no description of the forward',
      en: 'the job holds no description of the forward',
      nl: 'de taak bevat geen beschrijving van de doorschakeling',
    });
  });

  it('claims the oldest matching forward created since shortly before sending; never one claimed or there before', async () => {
    const demo = await startBulkDemo();
    const number = bareNumber(demo);
    const sentAt = Date.now();
    // listed in id order: the newest first, so only sorting by createdAt finds the oldest
    const newest = forward(demo, number, sentAt + 5_000);
    const before = forward(demo, number, sentAt - 9 * MINUTE);
    const claimedElsewhere = forward(demo, number, sentAt - 8 * MINUTE);
    const oldest = forward(demo, number, sentAt - 5 * MINUTE);
    forward(demo, number, sentAt - 11 * MINUTE); // before the clock slack: not ours
    forward(demo, number, sentAt - 6 * MINUTE, '0687654321'); // another forward-to
    const expectation: ForwardExpectation = { numberIri: number, ...WINDOW, preexisting: [before] };
    const claimed = new Set([claimedElsewhere]);
    const ops = [0, 1, 2].map((index) => createOf(index, number, sentAt, expectation));

    const verdicts = await reconcileOps(jwtClient(demo), ops, claimed);

    expect(verdicts.get(0)).toMatchObject({ type: 'applied', createdIri: oldest, items: [{ '@id': oldest }] });
    expect(verdicts.get(1)).toMatchObject({ type: 'applied', createdIri: newest, items: [{ '@id': newest }] });
    expect(verdicts.get(2)).toEqual({ type: 'not-applied' });
    expect([...claimed].sort()).toEqual([claimedElsewhere, oldest, newest].sort());
  });

  it('a forward created exactly ten minutes before sending still counts', async () => {
    const demo = await startBulkDemo();
    const number = bareNumber(demo);
    const sentAt = Date.now();
    const edge = forward(demo, number, sentAt - 10 * MINUTE);
    const expectation: ForwardExpectation = { numberIri: number, ...WINDOW, preexisting: [] };
    const verdicts = await reconcileOps(jwtClient(demo), [createOf(0, number, sentAt, expectation)], new Set());
    expect(verdicts.get(0)).toMatchObject({ type: 'applied', createdIri: edge });
  });

  it("a listing the platform fails leaves every create unsettled with the platform's message", async () => {
    const demo = await startBulkDemo({ faults: { errorKinds: ['500-hydra'] } });
    const client = jwtClient(demo, { maxAttempts: 1 });
    await client.session.signIn();
    const number = bareNumber(demo);
    forward(demo, number, Date.now());
    demo.setFaults({ errorRate: 1 });
    const failure: unknown = await client.listAll(FORWARDS).catch((error: unknown) => error);
    if (!isPlatformError(failure)) throw new Error('expected a platform error');
    const expectation: ForwardExpectation = { numberIri: number, ...WINDOW, preexisting: [] };
    const ops = [createOf(0, number, Date.now(), expectation), createOf(1, number, Date.now())];
    const verdicts = await reconcileOps(client, ops, new Set());
    for (const index of [0, 1]) {
      const text = unsettledText(verdicts.get(index));
      expect(text.message).toContain('server error (HTTP 500)');
      expect(text).toEqual({ message: failure.userMessage, en: english(failure.text), nl: dutch(failure.text) });
    }
  });
});
