import { message } from '../../src-preload/contract/messages.ts';
import { type BulkEvent, type BulkJobState, type BulkJobSummary } from '../../src-preload/contract/bulk.ts';
import type { UiText } from '../../src-preload/contract/messages.ts';
import { auditCsv, auditRows } from './audit.ts';
import { createCacheBatcher } from './cache-batch.ts';
import { refuse } from './errors.ts';
import { createOpEventBatcher } from './events.ts';
import { newEntry, type Entry } from './job-entry.ts';
import { launchRun } from './job-run.ts';
import type { BulkEngine, BulkEngineOptions } from './engine-api.ts';
import { loadJournal } from './journal-load.ts';
import { openJournal } from './journal.ts';
import { assertTransition, transition } from './lifecycle.ts';
import { retryPlan, undoPlan } from './follow-ups.ts';
import { createPerformer } from './perform.ts';
import { planAction } from './planner.ts';
import { createPlanBook, unknownPlan } from './plans.ts';
import { createProgressReporter } from './progress.ts';
import { reconcileJob } from './reconcile-job.ts';
import { checkResumable } from './resume.ts';
import { createRetryBudget, DEFAULT_RETRY_POLICY } from './retry-policy.ts';
import { valuesInUse } from './values-in-use.ts';
import { toDetail, toSummary } from './views.ts';

export async function createBulkEngine(options: BulkEngineOptions): Promise<BulkEngine> {
  const now = options.now ?? Date.now;
  const { journal, notice } = await openJournal({
    dir: options.journalDir,
    profileId: options.profileId,
    vault: options.vault,
    now,
  });
  const emit = (event: BulkEvent): void => {
    try {
      options.onEvent(event);
    } catch {
      // a listener's failure must not stop a job
    }
  };
  const sendNotice = (message: UiText): void =>
    emit({ type: 'notice', notice: { profileId: options.profileId, message } });
  if (notice) sendNotice(notice);

  const entries = new Map<string, Entry>();
  const claimed = new Set<string>();
  const batcher = createOpEventBatcher(emit);
  const cache = createCacheBatcher(options.onApplied, options.onRemoved);
  const plans = createPlanBook({ profileId: options.profileId, now, client: options.client });
  const progress = createProgressReporter(emit, now);
  let closed = false;

  const loaded = loadJournal(journal, now());
  for (const { job, ops } of loaded.jobs) {
    for (const op of ops) if (op.createdIri) claimed.add(op.createdIri);
    entries.set(job.id, newEntry(job, ops));
  }
  if (loaded.damaged) sendNotice(loaded.damaged);

  const entryOf = (jobId: string): Entry => {
    const entry = entries.get(jobId);
    if (!entry) throw refuse('BULK_UNKNOWN_JOB', message('bulk.unknownJob', { jobId }));
    return entry;
  };
  const summary = (entry: Entry): BulkJobSummary => toSummary(entry.job, entry.ops);
  const jobChanged = (entry: Entry): void => {
    batcher.flush();
    emit({ type: 'job', job: summary(entry) });
    progress(entry, true);
  };
  /** Every state change: checked against the lifecycle table, journalled, reported. */
  const enter = (entry: Entry, to: BulkJobState): void => {
    transition(entry.job, to, now());
    journal.updateJob(entry.job);
    jobChanged(entry);
  };

  const perform = createPerformer({
    journal,
    client: options.client,
    now,
    random: options.random ?? Math.random,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    budget: createRetryBudget(),
    claimed,
    applyToCache: async (path, items, removed) => cache.add(path, items, removed),
    changed: (jobId, op) => {
      const entry = entries.get(jobId);
      if (!entry) return;
      batcher.add(jobId, entry.job.resource, op);
      progress(entry, false);
    },
  });
  const launch = (entry: Entry): void =>
    launchRun(entry, {
      journal,
      client: options.client,
      now,
      concurrency: options.concurrency,
      perform,
      flushCache: cache.flush,
      notice: sendNotice,
      log: (text, fields) => options.logger?.warn(text, fields),
      jobChanged,
    });
  const reconcile = (entry: Entry): Promise<void> =>
    reconcileJob(entry, {
      journal,
      client: options.client,
      now,
      claimed,
      addToCache: (path, items, removed) => cache.add(path, items, removed),
      flushCache: cache.flush,
      enter,
    });

  const ensureOpen = (): void => {
    if (closed) throw refuse('BULK_WRONG_STATE', message('bulk.closed'));
  };

  /**
   * Sends what a cancel left unsent. Those operations are journalled pending before the job is journalled running:
   * a crash in between leaves a cancelled job whose pending operations the next resume takes (see resume.ts).
   */
  const resumeCancelled = (entry: Entry, confirm: { expectedCount: number } | undefined): BulkJobSummary => {
    ensureOpen();
    const rest = checkResumable(entry, entries.values(), confirm);
    // no client (signed out, another profile) must fail before anything is journalled
    options.client();
    const t = now();
    for (const op of rest) {
      op.state = 'pending';
      op.updatedAt = t;
    }
    journal.recordOps(entry.job.id, rest);
    enter(entry, 'running');
    launch(entry);
    return summary(entry);
  };

  const engine: BulkEngine = {
    async plan(spec) {
      ensureOpen();
      // the planner checks resource, action and the action's parameters, in that order
      const planned = await planAction({ spec, readRows: options.readRows, binding: options.binding });
      return plans.register(planned.plan, {
        resource: planned.resource.id,
        action: planned.spec.action,
        kind: 'action',
        parentJobId: null,
        params: planned.spec.params,
      });
    },

    start(jobId, confirm) {
      ensureOpen();
      const planned = plans.peek(jobId);
      if (!planned) {
        if (entries.has(jobId)) throw refuse('BULK_WRONG_STATE', message('bulk.alreadyStarted'));
        throw unknownPlan();
      }
      const count = planned.ops.filter((o) => o.state === 'pending').length;
      if (confirm.expectedCount !== count)
        throw refuse('BULK_COUNT_MISMATCH', message('bulk.countMismatch', { count, expected: confirm.expectedCount }));
      if (count === 0) throw refuse('BULK_NOTHING_TO_DO', message('bulk.nothingToSend'));
      // no client (signed out, no profile connected) must fail here, before the job is journalled as running
      options.client();
      const entry = newEntry(planned.job, planned.ops);
      transition(entry.job, 'running', now());
      entry.job.apiUser = options.apiUser();
      for (const op of entry.ops) if (op.state === 'skipped') op.updatedAt = entry.job.startedAt;
      journal.insertJob(entry.job, entry.ops);
      plans.take(jobId);
      entries.set(jobId, entry);
      launch(entry);
      jobChanged(entry);
      return summary(entry);
    },

    pause(jobId) {
      const entry = entryOf(jobId);
      enter(entry, 'paused');
      entry.handle?.pause();
      return summary(entry);
    },

    async resume(jobId, confirm) {
      const entry = entryOf(jobId);
      if (entry.job.state === 'interrupted') return engine.resumeInterrupted(jobId);
      if (entry.job.state === 'cancelled') return resumeCancelled(entry, confirm);
      enter(entry, 'running');
      entry.handle?.resume();
      return summary(entry);
    },

    async cancel(jobId) {
      const entry = entryOf(jobId);
      if (entry.handle && (entry.job.state === 'running' || entry.job.state === 'paused')) {
        entry.handle.cancel();
        await entry.finished;
        return summary(entry);
      }
      if (entry.job.state !== 'interrupted') assertTransition(entry.job.state, 'cancelled');
      await reconcile(entry);
      const t = now();
      const rest = entry.ops.filter((o) => o.state === 'pending');
      for (const op of rest) {
        op.state = 'cancelled';
        op.updatedAt = t;
      }
      journal.recordOps(jobId, rest);
      enter(entry, 'cancelled');
      return summary(entry);
    },

    discardPlan(jobId) {
      plans.discard(jobId);
    },

    async whenDone(jobId) {
      const entry = entryOf(jobId);
      while (entry.finished && entry.handle) await entry.finished;
      return summary(entry);
    },

    list() {
      return [...entries.values()].map(summary).sort((a, b) => b.createdAt - a.createdAt);
    },

    detail(jobId) {
      const entry = entryOf(jobId);
      return toDetail(entry.job, entry.ops);
    },

    interrupted() {
      return [...entries.values()].filter((e) => e.job.state === 'interrupted').map(summary);
    },

    async reconcileInterrupted(jobId) {
      const entry = entryOf(jobId);
      assertTransition(entry.job.state, 'reconciling');
      await reconcile(entry);
      return toDetail(entry.job, entry.ops);
    },

    async resumeInterrupted(jobId) {
      ensureOpen();
      const entry = entryOf(jobId);
      assertTransition(entry.job.state, 'reconciling');
      await reconcile(entry);
      if (!entry.ops.some((o) => o.state === 'pending')) {
        enter(entry, 'completed');
        return summary(entry);
      }
      enter(entry, 'running');
      launch(entry);
      return summary(entry);
    },

    async retryFailed(jobId) {
      ensureOpen();
      return plans.register(...(await retryPlan(entryOf(jobId), options.readRows, options.binding)));
    },

    async planUndo(jobId, undoOptions = {}) {
      ensureOpen();
      const entry = entryOf(jobId);
      return plans.register(
        ...(await undoPlan(entry, undoOptions.force === true, {
          client: options.client,
          readRows: options.readRows,
          onApplied: options.onApplied,
          ...(options.binding ? { binding: options.binding } : {}),
        })),
      );
    },

    valuesInUse(input) {
      return valuesInUse(input, options.readRows, options.binding);
    },

    auditRows(filter) {
      return auditRows([...entries.values()], filter);
    },

    auditCsv(filter) {
      return auditCsv(auditRows([...entries.values()], filter));
    },

    async close() {
      if (closed) return;
      closed = true;
      const running = [...entries.values()].filter((e) => e.handle);
      for (const entry of running) {
        entry.closing = true;
        entry.handle?.cancel();
      }
      await Promise.all(running.map((e) => e.finished));
      await cache.flush();
      batcher.close();
      journal.close();
    },
  };
  return engine;
}
