import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkOpState } from '../../../src-preload/contract/bulk.ts';
import { openJournalDb } from '../../../src-main/bulk/journal-db.ts';
import { createJournal, type Journal } from '../../../src-main/bulk/journal.ts';
import {
  CONFIRMED_NOTE,
  CONFIRMED_TEXT,
  createPerformer,
  NOT_APPLIED_NOTE,
  type PerformDeps,
} from '../../../src-main/bulk/perform.ts';
import {
  createRetryBudget,
  DEFAULT_RETRY_POLICY,
  type RetryBudget,
  type RetryPolicy,
} from '../../../src-main/bulk/retry-policy.ts';
import type { Op, Row } from '../../../src-main/bulk/types.ts';
import { createPlatformClient, type PlatformClient } from '../../../src-main/platform/client.ts';
import { job, op } from '../../support/bulk-ops.ts';
import { english } from '../../support/ui-text.ts';

const NOW = 1_800_000_000_000;
const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';

let dir: string;
let journal: Journal | null = null;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-perform-'));
});
afterEach(async () => {
  journal?.close();
  journal = null;
  await rm(dir, { recursive: true, force: true });
});

interface Sent {
  method: string;
  path: string;
}
type Answer = (request: Sent, sent: readonly Sent[]) => Response | Promise<Response>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/ld+json', ...headers },
  });

/** A fetch that fails the way Node's does when the connection was refused: the request provably never left. */
const refused = (): Promise<Response> =>
  Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
/** A connection reset after the request left: its answer is lost. */
const reset = (): Promise<Response> =>
  Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }));

/**
 * The platform client on a scripted fetch, its clock stopped at NOW; one attempt per request, so every failure
 * reaches the performer as it came.
 */
function scriptedClient(answer: Answer): { client: PlatformClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const client = createPlatformClient({
    baseUrl: 'https://platform.invalid',
    auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'token' },
    now: () => NOW,
    maxAttempts: 1,
    fetch: async (url, init) => {
      const request = { method: init.method ?? 'GET', path: new URL(url).pathname };
      sent.push(request);
      return answer(request, sent);
    },
  });
  return { client, sent };
}

interface Harness {
  perform: (op: Op) => ReturnType<ReturnType<typeof createPerformer>>;
  journal: Journal;
  budget: RetryBudget;
  claimed: Set<string>;
  cached: { resourcePath: string; items: Row[]; removed: string[] }[];
  /** Each state the performer reported, in order. */
  reported: BulkOpState[];
  /** The operation's state as the journal holds it (anything queued is committed first). */
  journalled: (index: number) => Op | undefined;
}

function harness(
  client: PlatformClient,
  ops: Op[],
  extra: { policy?: RetryPolicy; budget?: RetryBudget } = {},
): Harness {
  const file = path.join(dir, 'journal.sqlite');
  journal = createJournal(openJournalDb(file), file, randomBytes(32));
  journal.insertJob(job(), ops);
  const opened = journal;
  const budget = extra.budget ?? createRetryBudget();
  const claimed = new Set<string>();
  const cached: Harness['cached'] = [];
  const reported: BulkOpState[] = [];
  const deps: PerformDeps = {
    journal: opened,
    client: () => client,
    now: () => NOW,
    random: () => 0.5,
    policy: extra.policy ?? DEFAULT_RETRY_POLICY,
    budget,
    claimed,
    applyToCache: async (resourcePath, items, removed) => {
      cached.push({ resourcePath, items, removed });
    },
    changed: (_jobId, changed) => reported.push(changed.state),
  };
  const perform = createPerformer(deps);
  return {
    perform: (o) => perform('job-1', o),
    journal: opened,
    budget,
    claimed,
    cached,
    reported,
    journalled: (index) => opened.load().jobs[0]?.ops.find((o) => o.index === index),
  };
}

/** A PATCH setting /x/0's cost center from A to B (test/support/bulk-ops.ts). */
const patchOp = (extra: Partial<Op> = {}): Op => op(0, 'pending', extra);

const createOp = (index: number): Op =>
  op(index, 'pending', {
    kind: 'create-forward',
    target: '/numbers/1',
    resourcePath: FORWARDS,
    changes: [{ field: 'forwardTo', old: null, new: '0699999999' }],
    request: {
      method: 'POST',
      path: FORWARDS,
      body: { orderDetailsX2voipNumber: '/numbers/1', forwardTo: '0699999999' },
    },
    forward: { numberIri: '/numbers/1', forwardTo: '0699999999', dateStart: null, dateEnd: null, preexisting: [] },
  });

const forward7 = {
  '@id': `${FORWARDS}/7`,
  orderDetailsX2voipNumber: '/numbers/1',
  forwardTo: '0699999999',
  dateStart: null,
  dateEnd: null,
};

describe('a send the platform answered', () => {
  it('applied: the item goes to the cache, the retry budget earns a token back, the outcome is the plain answer', async () => {
    const item = { '@id': '/x/0', costCenter: 'B' };
    const { client } = scriptedClient(() => json(200, item));
    const operation = patchOp();
    const h = harness(client, [operation], { budget: createRetryBudget(10, 5) });
    h.budget.take();

    expect(await h.perform(operation)).toBeUndefined();
    expect(operation).toMatchObject({ state: 'applied', attempts: 1, retry: null });
    expect(operation.outcome).toEqual({
      status: 200,
      message: null,
      platformMessage: null,
      violations: [],
      note: null,
      noteText: null,
      reconciled: false,
    });
    expect(h.budget.tokens).toBe(6);
    expect(h.cached).toEqual([{ resourcePath: '/x', items: [item], removed: [] }]);
    expect(h.journalled(0)).toMatchObject({ state: 'applied', outcome: { status: 200 } });
  });

  it('applied without an item in the answer (204): nothing is handed to the cache', async () => {
    const { client } = scriptedClient(() => new Response(null, { status: 204 }));
    const operation = patchOp();
    const h = harness(client, [operation]);

    await h.perform(operation);
    expect(operation.state).toBe('applied');
    expect(h.cached).toEqual([]);
  });

  it('a create: the new forward is claimed, so a second create whose answer was lost does not take it for its own', async () => {
    const { client, sent } = scriptedClient((request, all) => {
      if (request.method === 'POST') return all.length === 1 ? json(201, forward7) : reset();
      return json(200, { 'hydra:member': [forward7], 'hydra:totalItems': 1 });
    });
    const first = createOp(0);
    const second = createOp(1);
    const h = harness(client, [first, second]);

    await h.perform(first);
    expect(first).toMatchObject({ state: 'applied', createdIri: forward7['@id'] });
    expect(h.claimed).toEqual(new Set([forward7['@id']]));

    // the listing shows only the first one's forward: the second did not land and may be sent again
    const requeued = await h.perform(second);
    expect(sent.map((s) => s.method)).toEqual(['POST', 'POST', 'GET']);
    expect(second).toMatchObject({
      state: 'pending',
      createdIri: null,
      outcome: { note: NOT_APPLIED_NOTE, reconciled: true },
      retry: { reason: 'transient', attempt: 2 },
    });
    expect(requeued).toEqual({ notBefore: second.retry!.at });
  });

  it('refused for good (422): the operation fails, journalled and reported', async () => {
    const { client, sent } = scriptedClient(() =>
      json(422, { 'hydra:description': 'costCenter: too long', violations: [] }),
    );
    const operation = patchOp();
    const h = harness(client, [operation]);

    expect(await h.perform(operation)).toBeUndefined();
    expect(sent).toHaveLength(1);
    expect(operation).toMatchObject({ state: 'failed', outcome: { status: 422 } });
    expect(h.reported).toEqual(['sending', 'failed']);
    expect(h.journalled(0)).toMatchObject({ state: 'failed', outcome: { status: 422 } });
  });
});

describe('a send that goes back into the queue', () => {
  it('rate-limited (429): back unsent after the platform’s Retry-After, without using an attempt', async () => {
    const { client, sent } = scriptedClient(() => json(429, {}, { 'retry-after': '60' }));
    const operation = patchOp();
    const h = harness(client, [operation]);

    // the policy's base wait is 1 s and its backoff would be shorter still: the platform's minute counts
    expect(await h.perform(operation)).toEqual({ notBefore: NOW + 60_000 });
    expect(sent).toHaveLength(1);
    expect(operation).toMatchObject({
      state: 'pending',
      attempts: 0,
      retry: { attempt: 1, of: 4, at: NOW + 60_000, reason: 'rate-limited' },
    });
    expect(h.journalled(0)).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('a transient failure of a PATCH: back after the policy’s backoff (not its base wait), one attempt used', async () => {
    const { client, sent } = scriptedClient(() => json(503, {}));
    const operation = patchOp();
    const h = harness(client, [operation]);

    // backoff before attempt 2 with a jitter of 0.5: half of 1 s fixed, half of the other half
    expect(await h.perform(operation)).toEqual({ notBefore: NOW + 750 });
    expect(sent).toHaveLength(1);
    expect(operation).toMatchObject({
      state: 'pending',
      attempts: 1,
      retry: { attempt: 2, of: 4, at: NOW + 750, reason: 'transient' },
      outcome: { status: 503 },
    });
  });

  it('a POST that provably never left (connection refused) goes back like a PATCH, without re-reading', async () => {
    const { client, sent } = scriptedClient(() => refused());
    const operation = createOp(0);
    const h = harness(client, [operation]);

    expect(await h.perform(operation)).toEqual({ notBefore: NOW + 750 });
    expect(sent.map((s) => s.method)).toEqual(['POST']);
    expect(operation).toMatchObject({ state: 'pending', attempts: 1, retry: { reason: 'transient' } });
  });
});

describe('an answer in doubt, settled by re-reading', () => {
  const oneAttempt: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };

  it('it is journalled "unknown" before the re-read; the change found applied is confirmed, cached, and counts as a success', async () => {
    let journalledDuringRead: Op | undefined;
    const item = { '@id': '/x/0', costCenter: 'B' };
    const { client, sent } = scriptedClient((request) => {
      if (request.method === 'PATCH') return json(503, {});
      journalledDuringRead = h.journalled(0);
      return json(200, item);
    });
    const operation = patchOp();
    // the fetch reads `h` only once the operation is performed, after it is set
    const h = harness(client, [operation], { policy: oneAttempt, budget: createRetryBudget(10, 5) });
    h.budget.take();

    expect(await h.perform(operation)).toBeUndefined();
    expect(sent.map((s) => s.method)).toEqual(['PATCH', 'GET']);
    expect(journalledDuringRead).toMatchObject({ state: 'unknown', outcome: { status: 503 } });
    expect(operation).toMatchObject({ state: 'applied', retry: null });
    expect(operation.outcome).toEqual({
      status: null,
      message: null,
      platformMessage: null,
      violations: [],
      note: CONFIRMED_NOTE,
      noteText: CONFIRMED_TEXT,
      reconciled: true,
    });
    expect(h.budget.tokens).toBe(6);
    expect(h.cached).toEqual([{ resourcePath: '/x', items: [item], removed: [] }]);
  });

  it('not applied and no attempt left: it fails with the last answer, marked as confirmed by re-reading', async () => {
    const { client } = scriptedClient((request) =>
      request.method === 'PATCH' ? json(503, {}) : json(200, { '@id': '/x/0', costCenter: 'A' }),
    );
    const operation = patchOp();
    const h = harness(client, [operation], { policy: oneAttempt });

    expect(await h.perform(operation)).toBeUndefined();
    expect(operation).toMatchObject({
      state: 'failed',
      retry: null,
      outcome: { status: 503, note: NOT_APPLIED_NOTE, reconciled: true },
    });
    expect(h.journalled(0)).toMatchObject({ state: 'failed', outcome: { reconciled: true } });
  });

  it('a refusal that is not transient (a proxy’s 404 to a DELETE) is not sent again though the re-read finds it not applied', async () => {
    const target = `${FORWARDS}/3`;
    const { client, sent } = scriptedClient((request) =>
      request.method === 'DELETE' ? json(404, {}) : json(200, { '@id': target, forwardTo: '0612345678' }),
    );
    const operation = op(0, 'pending', {
      kind: 'delete-forward',
      target,
      resourcePath: FORWARDS,
      changes: [{ field: 'forwardTo', old: '0612345678', new: null }],
      request: { method: 'DELETE', path: target },
    });
    const h = harness(client, [operation]);

    expect(await h.perform(operation)).toBeUndefined();
    expect(sent.map((s) => s.method)).toEqual(['DELETE', 'GET']);
    expect(operation).toMatchObject({ state: 'failed', retry: null, outcome: { note: NOT_APPLIED_NOTE } });
  });

  it('unsettled: it stays in doubt, its note says why in the operator’s words', async () => {
    const { client } = scriptedClient((request) => (request.method === 'PATCH' ? json(503, {}) : json(404, {})));
    const operation = patchOp();
    const h = harness(client, [operation], { policy: oneAttempt });

    expect(await h.perform(operation)).toBeUndefined();
    expect(operation).toMatchObject({ state: 'unknown', retry: null });
    expect(english(operation.outcome!.noteText!)).toContain(english({ code: 'bulk.recheck.itemGone' }));
    expect(h.journalled(0)).toMatchObject({ state: 'unknown' });
  });

  it('a re-read held back by a rate-limit hold: it waits for the hold, still in doubt, showing the attempts it had', async () => {
    const { client, sent } = scriptedClient(() => json(429, {}, { 'retry-after': '60' }));
    const operation = patchOp({ state: 'unknown', attempts: 2, sentAt: NOW - 5_000 });
    const h = harness(client, [operation]);

    expect(await h.perform(operation)).toEqual({ notBefore: NOW + 60_000 });
    expect(sent.map((s) => s.method)).toEqual(['GET']);
    expect(operation).toMatchObject({
      state: 'unknown',
      attempts: 2,
      retry: { attempt: 2, of: 4, at: NOW + 60_000, reason: 'recheck' },
    });
  });
});
