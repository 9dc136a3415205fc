import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalDb } from '../../../src-main/bulk/journal-db.ts';
import { createJournal, type Journal } from '../../../src-main/bulk/journal.ts';
import { createPerformer } from '../../../src-main/bulk/perform.ts';
import { createRetryBudget, DEFAULT_RETRY_POLICY } from '../../../src-main/bulk/retry-policy.ts';
import { createPlatformClient } from '../../../src-main/platform/client.ts';
import { job, op } from '../../support/bulk-ops.ts';

let dir: string;
let journal: Journal | null = null;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-perform-order-'));
});
afterEach(async () => {
  journal?.close();
  journal = null;
  await rm(dir, { recursive: true, force: true });
});

describe('an operation and its journal', () => {
  it('its request leaves only once its "sending" mark is on disk', async () => {
    const file = path.join(dir, 'journal.sqlite');
    const db = openJournalDb(file);
    let flushAllowed!: () => void;
    const flushGate = new Promise<void>((resolve) => (flushAllowed = resolve));
    // the flush to disk after the mark's commit waits until the test lets it through
    let flushAsked!: () => void;
    const flushStarted = new Promise<void>((resolve) => (flushAsked = resolve));
    journal = createJournal(
      {
        ...db,
        sync: async () => {
          flushAsked();
          await flushGate;
          await db.sync();
        },
      },
      file,
      randomBytes(32),
    );
    const sent: string[] = [];
    const client = createPlatformClient({
      baseUrl: 'https://platform.invalid',
      auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'token' },
      fetch: async (url) => {
        sent.push(String(url));
        return new Response(JSON.stringify({ '@id': '/x/0', costCenter: 'B' }), {
          status: 200,
          headers: { 'content-type': 'application/ld+json' },
        });
      },
    });
    const operation = op(0, 'pending');
    journal.insertJob(job(), [operation]);
    const perform = createPerformer({
      journal,
      client: () => client,
      now: () => 5_000,
      random: () => 0.5,
      policy: DEFAULT_RETRY_POLICY,
      budget: createRetryBudget(),
      claimed: new Set(),
      applyToCache: async () => undefined,
      changed: () => undefined,
    });

    const performing = perform('job-1', operation);
    // counted in turns of the event loop, not milliseconds: the mark is committed and its flush asked for, and a
    // request that did not wait for it would have left long before twenty more turns
    await flushStarted;
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(operation.state).toBe('sending');
    expect(sent).toEqual([]);

    flushAllowed();
    await performing;
    expect(sent).toEqual(['https://platform.invalid/x/0']);
    expect(operation.state).toBe('applied');
  });
});
