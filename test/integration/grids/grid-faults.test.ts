import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload, GridSnapshot, Row } from '../../../src-preload/contract/index.ts';
import { MIXED_SERVER_ERRORS } from '../../../src-main/demo/index.ts';
import { startApp, type AppHarness } from './app-harness.ts';

let app: AppHarness | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

const phoneNumbers = (payload: { resource: string }): boolean => payload.resource === 'phone-numbers';

describe('grids against a flaky platform', () => {
  it('100,000 numbers, 10 % server errors, 5 % lost writes, 5 s tokens, 30 ms latency: the grid loads complete', async () => {
    app = await startApp({
      phoneNumbers: 100_000,
      faults: {
        errorRate: 0.1,
        errorKinds: MIXED_SERVER_ERRORS,
        lostResponseRate: 0.05,
        tokenLifetimeSeconds: 5,
        latencyMs: 30,
      },
    });
    const changes: EventPayload<'grid:changes'>[] = [];
    // what the renderer ends up with: rows sent as pages arrived, then what the end of the refresh added
    const received = new Set<unknown>();
    const off = app.core.events.subscribe((name, payload) => {
      if (name === 'grid:changes') {
        changes.push(payload as EventPayload<'grid:changes'>);
        for (const row of (payload as EventPayload<'grid:changes'>).added) received.add(row['@id']);
      }
      const rows = payload as EventPayload<'grid:rows'>;
      if (name === 'grid:rows' && rows.kind === 'pages' && phoneNumbers(rows))
        for (const row of JSON.parse(rows.rowsJson) as Row[]) received.add(row['@id']);
    });
    const started = Date.now();
    const ended = app.next('grid:sync-end', phoneNumbers, 120_000);
    const opened = await app.call<GridSnapshot>('grid:open', { resource: 'phone-numbers' });
    expect(opened.rowCount).toBe(0);
    const end = await ended;
    off();
    const seconds = (Date.now() - started) / 1000;
    console.info(`100k grid under faults loaded in ${seconds.toFixed(1)} s`);
    expect(end).toMatchObject({ outcome: 'done', gap: null });
    const last = changes.filter(phoneNumbers).at(-1)!;
    expect(last.complete).toBe(true);
    expect(received.size).toBe(100_000);
    const log = app.core.demo.current()!.requestLog;
    const failures = log.filter((e) => e.status >= 500);
    expect(failures.some((e) => e.status === 500)).toBe(true);
    expect(failures.some((e) => e.status === 502 || e.status === 503)).toBe(true);
  }, 180_000);

  it('pages that keep failing: the grid keeps what it read, says what is missing, and the next round completes it', async () => {
    app = await startApp({ phoneNumbers: 5_000 });
    const harness = app;
    const demo = harness.core.demo.current()!;
    // the platform breaks once the first page is in
    const offProgress = harness.core.events.subscribe((name) => {
      if (name === 'grid:progress') demo.setFaults({ errorRate: 1 });
    });
    const firstChanges = harness.next('grid:changes', phoneNumbers, 60_000);
    const paged: Row[] = [];
    const offPages = harness.core.events.subscribe((name, payload) => {
      const rows = payload as EventPayload<'grid:rows'>;
      if (name === 'grid:rows' && rows.kind === 'pages' && phoneNumbers(rows))
        paged.push(...(JSON.parse(rows.rowsJson) as Row[]));
    });
    const stopped = harness.next('grid:sync-end', phoneNumbers, 60_000);
    await harness.call('grid:open', { resource: 'phone-numbers' });
    const end = await stopped;
    offProgress();
    expect(['partial', 'offline']).toContain(end.outcome);
    expect(end.gap).not.toBeNull();
    expect(end.gap!.items).toBeGreaterThanOrEqual(500);
    expect(end.gap!.items).toBeLessThan(5_000);
    expect(end.gap!.total).toBe(5_000);
    expect(end.gap!.missingPages.length).toBeGreaterThan(0);
    expect(end.message).not.toMatch(/GET|\/phonenumbers/);
    const kept = await firstChanges;
    expect(kept.complete).toBe(false);
    offPages();
    // the rows read came as the pages arrived; the end of the refresh added none of them again
    expect(paged.length + kept.added.length).toBe(end.gap!.items);
    // the cache holds what was read, marked incomplete
    const reopened = await harness.call<GridSnapshot>('grid:open', { resource: 'phone-numbers' });
    expect(reopened).toMatchObject({ rowCount: end.gap!.items, complete: false });

    const completed = harness.next(
      'grid:sync-end',
      (payload) => phoneNumbers(payload) && payload.outcome === 'done',
      60_000,
    );
    const rest = harness.next('grid:changes', (payload) => phoneNumbers(payload) && payload.complete === true, 60_000);
    demo.clearLog();
    demo.setFaults({ errorRate: 0 });
    if (end.outcome === 'partial') await harness.call('grid:refresh', { resource: 'phone-numbers' });
    await completed;
    expect((await rest).added).toHaveLength(5_000 - end.gap!.items);
    // only the missing pages were read again (plus what reconnecting costs)
    const pages = demo.requestLog.filter((e) => e.path === '/phonenumbers' && !e.query.includes('itemsPerPage=1&'));
    expect(pages.filter((e) => /(^|&)page=/.test(e.query)).length).toBeLessThanOrEqual(end.gap!.missingPages.length);
  }, 90_000);

  it('with the platform fully down, retries stop within a bounded number of requests and the status says unreachable', async () => {
    app = await startApp({ phoneNumbers: 2_000 });
    const harness = app;
    const demo = harness.core.demo.current()!;
    const loaded = harness.next('grid:sync-end', phoneNumbers);
    await harness.call('grid:open', { resource: 'phone-numbers' });
    expect((await loaded).outcome).toBe('done');
    demo.setFaults({ errorRate: 1, errorKinds: MIXED_SERVER_ERRORS });
    demo.clearLog();
    const offline = harness.next('connection:changed', (status) => status.state === 'offline', 60_000);
    await harness.call('grid:refresh', { resource: 'phone-numbers' });
    const status = await offline;
    expect(status.message).toMatch(/unreachable/);
    expect(status.message).not.toMatch(/GET|POST|\/phonenumbers/);
    // reconnecting goes on in the background; the shared retry budget keeps the total bounded
    await new Promise((r) => setTimeout(r, 8_000));
    const sent = demo.requestLog.length;
    console.info(`platform down: ${sent} requests until offline and 8 s of reconnecting`);
    // 100 tokens pay for at most 20 retries; every other request is a first attempt of a refresh or reconnect
    expect(sent).toBeLessThanOrEqual(20 + 12);
    expect(harness.core.connection.status().state).toBe('offline');
  }, 60_000);
});
