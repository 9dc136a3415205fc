import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../../src-main/platform/errors.ts';
import { createGovernor } from '../../../src-main/platform/governor.ts';
import { authStep } from '../../../src-main/platform/pipeline/auth-step.ts';
import { outcomeStep } from '../../../src-main/platform/pipeline/outcome-step.ts';
import { rateLimitStep } from '../../../src-main/platform/pipeline/rate-limit-step.ts';
import { createRetryBudget } from '../../../src-main/platform/pipeline/retry-budget.ts';
import { retryStep } from '../../../src-main/platform/pipeline/retry-step.ts';
import { createTransport } from '../../../src-main/platform/pipeline/transport.ts';
import type { Attempt, Handler, PreparedRequest } from '../../../src-main/platform/pipeline/types.ts';
import { createRedactor } from '../../../src-main/platform/redact.ts';
import { createResetReader, resetFormOf } from '../../../src-main/platform/reset-header.ts';
import type { AuthTicket, Session } from '../../../src-main/platform/session.ts';
import { systemSleep } from '../../../src-main/platform/timers.ts';
import { startTinyServer } from './tiny-server.ts';

const request = (over: Partial<PreparedRequest> = {}): PreparedRequest => ({
  method: 'GET',
  url: 'http://127.0.0.1:1/things',
  path: '/things',
  headers: {},
  body: undefined,
  signal: undefined,
  timeoutMs: 1_000,
  priority: 'interactive',
  yieldToHold: false,
  repeatable: true,
  maxAttempts: 5,
  authenticate: true,
  ...over,
});

const answer = (status: number, headers: Record<string, string> = {}, body: unknown = null): Attempt => ({
  type: 'response',
  status,
  headers: new Headers(headers),
  body,
  latencyMs: 1,
  sentAt: Date.now(),
});

/** A handler answering from a script, recording each request it saw. */
function scripted(...answers: Attempt[]): Handler & { seen: PreparedRequest[] } {
  const seen: PreparedRequest[] = [];
  const handler = async (req: PreparedRequest): Promise<Attempt> => {
    seen.push(req);
    return answers[Math.min(seen.length - 1, answers.length - 1)]!;
  };
  return Object.assign(handler, { seen });
}

const noSleep = async (): Promise<void> => {};
const retry = (capacity = 100) => {
  const budget = createRetryBudget({ capacity });
  return { budget, step: retryStep({ budget, sleep: noSleep, now: Date.now, random: () => 0.5 }) };
};

describe('retry budget (token bucket)', () => {
  it('drains under a dead platform, then refuses; successes refill it', () => {
    const budget = createRetryBudget({ capacity: 20 });
    expect([1, 2, 3, 4, 5].map(() => budget.take(5))).toEqual([true, true, true, true, false]);
    expect(budget.available()).toBe(0);
    budget.succeeded(0);
    expect(budget.available()).toBe(1);
    budget.succeeded(5);
    expect(budget.available()).toBe(6);
    for (let i = 0; i < 50; i += 1) budget.succeeded(0);
    expect(budget.available()).toBe(20);
  });
});

describe('retry step', () => {
  it.each([500, 502, 503, 504])('repeats a GET answered %i, then returns the answer that ended it', async (status) => {
    const { step } = retry();
    const handler = scripted(answer(status), answer(status), answer(200));
    const outcome = await step(request(), handler);
    expect(handler.seen).toHaveLength(3);
    expect(outcome).toMatchObject({ attempts: 3, retryBudgetSpent: false, attempt: { status: 200 } });
  });

  it('repeats network failures and timeouts, never a POST, never a 4xx, and stops at the attempt cap', async () => {
    const { step } = retry();
    const lost = scripted({ type: 'failure', failure: 'network', sent: true, code: 'ECONNRESET' }, answer(200));
    expect((await step(request(), lost)).attempts).toBe(2);
    const post = scripted(answer(503));
    expect((await step(request({ method: 'POST', repeatable: false, maxAttempts: 1 }), post)).attempts).toBe(1);
    // not repeatable is enough, whatever the attempt cap says
    const once = scripted(answer(503), answer(200));
    expect(await step(request({ repeatable: false, maxAttempts: 5 }), once)).toMatchObject({
      attempts: 1,
      attempt: { status: 503 },
    });
    expect(once.seen).toHaveLength(1);
    const invalid = scripted(answer(422));
    expect((await step(request(), invalid)).attempts).toBe(1);
    const down = scripted(answer(502));
    expect((await step(request({ maxAttempts: 3 }), down)).attempts).toBe(3);
  });

  it('a dead platform empties the shared budget: later requests fail after one attempt', async () => {
    const { step, budget } = retry(30);
    const down = scripted(answer(503));
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) outcomes.push(await step(request(), down));
    // 30 tokens pay for 6 retries of 5: the first request 4, the second 2, then none
    expect(outcomes.map((o) => o.attempts)).toEqual([5, 3, 1, 1]);
    expect(outcomes.map((o) => o.retryBudgetSpent)).toEqual([false, true, true, true]);
    expect(down.seen).toHaveLength(10);
    expect(budget.available()).toBeLessThan(5);
  });

  it('a cancelled request stops during its backoff', async () => {
    const budget = createRetryBudget();
    const step = retryStep({ budget, sleep: systemSleep, now: Date.now, random: () => 1, backoff: { baseMs: 5_000 } });
    const controller = new AbortController();
    const pending = step(request({ signal: controller.signal }), scripted(answer(503)));
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
  });
});

describe('outcome step (ambiguity)', () => {
  const outcome = outcomeStep({ redactor: createRedactor(), now: Date.now, maxResponseBytes: 1024 });
  const end = (req: PreparedRequest, attempt: Attempt, retryBudgetSpent = false): unknown => {
    try {
      return outcome(req, { attempt, attempts: 1, retryBudgetSpent });
    } catch (error) {
      return error;
    }
  };
  const post = request({ method: 'POST', repeatable: false, maxAttempts: 1 });

  it('a write that may have landed is an unknown outcome, never a plain failure', () => {
    for (const status of [500, 502, 503, 504])
      expect(end(post, answer(status))).toMatchObject({ kind: 'unknown-outcome', status });
    expect(end(post, { type: 'failure', failure: 'timeout', sent: true, code: 'TIMEOUT' })).toMatchObject({
      kind: 'unknown-outcome',
    });
    expect(end(post, { type: 'failure', failure: 'network', sent: false, code: 'ECONNREFUSED' })).toMatchObject({
      kind: 'network',
    });
    expect(end(post, answer(422, {}, { detail: 'bad' }))).toMatchObject({ kind: 'http', status: 422 });
  });

  it('a read that kept failing is http, or unavailable once the retry budget is spent', () => {
    expect(end(request(), answer(503))).toMatchObject({ kind: 'http', status: 503 });
    const spent = end(request(), answer(503), true) as PlatformError;
    expect(spent).toMatchObject({ kind: 'unavailable', status: 503, code: 'PLATFORM_UNAVAILABLE' });
    expect(spent.userMessage).toMatch(/unavailable/);
    expect(end(request(), { type: 'failure', failure: 'too-large', sent: true, code: 'TOO_LARGE' })).toMatchObject({
      kind: 'response-too-large',
    });
  });
});

describe('rate-limit step', () => {
  it('re-queues a request answered 429 until the hold ends, without counting it as a failure', async () => {
    const governor = createGovernor({ now: Date.now, sleep: systemSleep });
    const step = rateLimitStep({ governor, now: Date.now });
    const handler = scripted(answer(429, { 'Retry-After': '0.2' }), answer(200));
    const started = Date.now();
    const attempt = await step(request(), async (req) => {
      const result = await handler(req);
      if (result.type === 'response') req.onHead?.(result.status, result.headers);
      return result;
    });
    expect(attempt).toMatchObject({ status: 200 });
    expect(handler.seen).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('background work meeting a long hold yields with the hold instead of waiting', async () => {
    const governor = createGovernor({ now: Date.now, sleep: systemSleep, backgroundPatienceMs: 100 });
    governor.pause(60_000);
    const step = rateLimitStep({ governor, now: Date.now });
    const handler = scripted(answer(200));
    const error = await step(request({ priority: 'background', yieldToHold: true }), handler).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: 'rate-limited', hold: { reason: 'retry-after' } });
    expect(handler.seen).toHaveLength(0);
  });

  it('a request cancelled while it waits out a hold stops waiting at once', async () => {
    const governor = createGovernor({ now: Date.now, sleep: systemSleep });
    governor.pause(60_000);
    const step = rateLimitStep({ governor, now: Date.now });
    const handler = scripted(answer(200));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await step(request({ signal: controller.signal }), handler).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'cancelled' });
    expect(handler.seen).toHaveLength(0);
  }, 5_000);

  it('the yielding request says how long the hold has left to run', async () => {
    let t = 1_795_000_000_000;
    const now = (): number => t;
    const governor = createGovernor({ now, sleep: systemSleep, backgroundPatienceMs: 100 });
    governor.pause(60_000);
    t += 15_000;
    const step = rateLimitStep({ governor, now });
    const error = await step(request({ priority: 'background', yieldToHold: true }), scripted(answer(200))).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 45_000, hold: { until: t + 45_000 } });
  });
});

describe('auth step', () => {
  function fakeSession(
    validFor: number[],
  ): Session & { counts: { tickets: number; renewals: number; refused: number } } {
    let generation = 0;
    const state = { tickets: 0, renewals: 0, refused: 0 };
    const make = (): AuthTicket => {
      generation += 1;
      return {
        headers: { Authorization: `Bearer t${generation}` },
        generation,
        validUntil: Date.now() + (validFor[generation - 1] ?? 60_000),
      };
    };
    const session = {
      status: () => ({ state: 'connected' as const, user: null, mode: 'jwt' as const, message: null }),
      onChange: () => () => undefined,
      ticket: async () => {
        state.tickets += 1;
        return make();
      },
      rejected: async () => {
        state.renewals += 1;
        return make();
      },
      refusedAfterRenewal: () => {
        state.refused += 1;
        return new PlatformError({ kind: 'signed-out', method: 'GET', path: '/things' });
      },
      reachable: () => undefined,
      unreachable: () => undefined,
      signIn: async () => session.status(),
      signOut: () => undefined,
      reset: () => undefined,
    };
    return Object.assign(session, { counts: state });
  }

  it('renews once on 401 and sends again with the new credentials; a second 401 signs out', async () => {
    const session = fakeSession([]);
    const step = authStep(session, createRedactor());
    const handler = scripted(answer(401), answer(200));
    expect(await step(request(), handler)).toMatchObject({ status: 200 });
    expect(handler.seen.map((r) => r.headers['Authorization'])).toEqual(['Bearer t1', 'Bearer t2']);
    const refused = scripted(answer(401));
    await expect(step(request(), refused)).rejects.toMatchObject({ kind: 'signed-out' });
    expect(session.counts.refused).toBe(1);
  });

  it('credentials that expired while the request queued are renewed without a request spent on them', async () => {
    const session = fakeSession([-1, 60_000]);
    const step = authStep(session, createRedactor());
    const transport = createTransport({
      fetch: async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }),
      now: Date.now,
    });
    const seen: PreparedRequest[] = [];
    const attempt = await step(request(), async (req) => {
      seen.push(req);
      return transport(req);
    });
    expect(attempt).toMatchObject({ type: 'response', status: 200 });
    expect(seen.map((r) => r.headers['Authorization'])).toEqual(['Bearer t1', 'Bearer t2']);
    expect(session.counts.renewals).toBe(0);
  });

  it('credentials that keep arriving expired: gives up after four rounds without sending anything', async () => {
    const session = fakeSession(Array.from({ length: 10 }, () => -1));
    const step = authStep(session, createRedactor());
    const server = await startTinyServer((_req, res) => void res.end());
    try {
      const transport = createTransport({ fetch: (url, init) => fetch(url, init), now: Date.now });
      const attempt = await step(request({ url: `${server.url}/things` }), transport);
      expect(attempt).toEqual({
        type: 'failure',
        failure: 'stale-credentials',
        sent: false,
        code: 'STALE_CREDENTIALS',
      });
      expect(server.seen).toHaveLength(0);
      expect(session.counts).toEqual({ tickets: 5, renewals: 0, refused: 0 });
    } finally {
      await server.close();
    }
  });
});

describe('transport', () => {
  it('refuses an answer above the size cap while reading it, declared or streamed', async () => {
    const server = await startTinyServer((req, res) => {
      if (req.path === '/declared') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(4096) });
        res.end('x'.repeat(4096));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // chunked, no length: the cap is hit while streaming
      for (let i = 0; i < 8; i += 1) res.write('y'.repeat(1024));
      res.end();
    });
    try {
      const transport = createTransport({
        fetch: (url, init) => fetch(url, init),
        now: Date.now,
        maxResponseBytes: 2048,
      });
      for (const path of ['/declared', '/streamed']) {
        const attempt = await transport(request({ url: `${server.url}${path}`, path }));
        expect(attempt).toMatchObject({ type: 'failure', failure: 'too-large' });
      }
      const small = createTransport({
        fetch: (url, init) => fetch(url, init),
        now: Date.now,
        maxResponseBytes: 64 * 1024,
      });
      expect(await small(request({ url: `${server.url}/streamed`, path: '/streamed' }))).toMatchObject({
        type: 'response',
        status: 200,
      });
    } finally {
      await server.close();
    }
  });
});

describe('reset header interpretation', () => {
  const now = 1_795_000_000_000;
  it('decides the form from the value itself', () => {
    expect(resetFormOf('59')).toBe('seconds-to-go');
    expect(resetFormOf('86400')).toBe('seconds-to-go');
    expect(resetFormOf('1795000059')).toBe('epoch-seconds');
    expect(resetFormOf('1795000059000')).toBe('epoch-ms');
    expect(resetFormOf('Fri, 27 Nov 2026 10:07:00 GMT')).toBe('http-date');
    expect(resetFormOf('soon')).toBeNull();
  });

  it('reads each form to the same moment, reports the form once, and checks it against Retry-After', () => {
    const reports: unknown[] = [];
    const reader = createResetReader((report) => reports.push(report));
    expect(reader.read('60', now)).toBe(now + 60_000);
    expect(reader.read('61', now)).toBe(now + 61_000);
    expect(reports).toEqual([{ form: 'seconds-to-go', agreesWithRetryAfter: null }]);
    expect(reader.read('60', now, 60_000)).toBe(now + 60_000);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toEqual({ form: 'seconds-to-go', agreesWithRetryAfter: true });
    expect(reader.read('60', now, 60_000)).toBe(now + 60_000);
    expect(reports).toHaveLength(2);
    const epoch = createResetReader();
    expect(epoch.read(String((now + 60_000) / 1000), now)).toBe(now + 60_000);
    expect(epoch.read(String(now + 60_000), now)).toBe(now + 60_000);
    const disagree: unknown[] = [];
    createResetReader((r) => disagree.push(r)).read('3600', now, 60_000);
    expect(disagree).toEqual([{ form: 'seconds-to-go', agreesWithRetryAfter: false }]);
  });
});
