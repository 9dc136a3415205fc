import { randomUUID } from 'node:crypto';
import {
  type BulkAuditFilter,
  type BulkAuditRow,
  type BulkEvent,
  type BulkJobDetail,
  type BulkJobKind,
  type BulkJobPlan,
  type BulkJobSpecInput,
  type BulkJobSummary,
} from '../../src-preload/contract/bulk.ts';
import type { PlatformClient } from '../platform/index.ts';
import type { ResourceBinding } from '../schema/index.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { auditCsv, auditRows } from './audit.ts';
import { createCacheBatcher } from './cache-batch.ts';
import { refuse } from './errors.ts';
import { estimateJob } from './estimate.ts';
import { createOpEventBatcher } from './events.ts';
import { openJournal, type Journal } from './journal.ts';
import { createPerformer, NOT_APPLIED_NOTE, CONFIRMED_NOTE, settleApplied } from './perform.ts';
import { planAction } from './planner.ts';
import { reconcileOps } from './reconcile.ts';
import { planRetry } from './retry.ts';
import { runQueue, type RunHandle } from './runner.ts';
import type { ActionPlan, JobRecord, Op, Row } from './types.ts';
import { planUndo } from './undo.ts';
import { FINAL_STATES, toDetail, toPlan, toSummary } from './views.ts';

export interface BulkEngineOptions {
  profileId: string;
  /** The API user jobs are recorded under (audit). */
  apiUser: () => string | null;
  client: () => PlatformClient;
  /** Folder of the per-profile journal files. */
  journalDir: string;
  /** Keychain holding the journal key. */
  vault: SecretVault;
  /** The cached rows of a collection (plans diff against them). */
  readRows: (resourcePath: string) => Promise<Row[]>;
  /** Items the platform returned: the cache takes them. */
  onApplied: (resourcePath: string, items: Row[]) => Promise<void>;
  onRemoved?: (resourcePath: string, iris: string[]) => Promise<void>;
  onEvent: (event: BulkEvent) => void;
  now?: () => number;
  /** Operations in flight per job; default the client's concurrency. */
  concurrency?: number;
  /** A registry resource bound to the platform's schema (names, status values, writable fields). */
  binding?: (path: string) => ResourceBinding;
}

export interface BulkEngine {
  /** Diffs the spec against the cache: exactly what would be sent, what is skipped and why. Sends nothing. */
  plan(spec: BulkJobSpecInput): Promise<BulkJobPlan>;
  /** Starts a planned job; refused when expectedCount is not the plan's number of operations. */
  start(jobId: string, confirm: { expectedCount: number }): BulkJobSummary;
  pause(jobId: string): BulkJobSummary;
  resume(jobId: string): Promise<BulkJobSummary>;
  cancel(jobId: string): Promise<BulkJobSummary>;
  /** Forgets a plan that was never started. */
  discardPlan(jobId: string): void;
  /** Settles when the job stops running (completed, cancelled, or interrupted). */
  whenDone(jobId: string): Promise<BulkJobSummary>;
  list(): BulkJobSummary[];
  detail(jobId: string): BulkJobDetail;
  /** Jobs the journal had running or paused when the engine opened (the app was killed or quit). */
  interrupted(): BulkJobSummary[];
  /** Settles the operations an interrupted job left in doubt by re-reading the platform; sends no change. */
  reconcileInterrupted(jobId: string): Promise<BulkJobDetail>;
  /** Reconciles, then runs only the operations that were not applied. */
  resumeInterrupted(jobId: string): Promise<BulkJobSummary>;
  /** A new plan with only the failed operations of a job. */
  retryFailed(jobId: string): Promise<BulkJobPlan>;
  /** The inverse job, previewed: conflicts listed and left out unless forced. */
  planUndo(jobId: string, options?: { force?: boolean }): Promise<BulkJobPlan>;
  auditRows(filter?: BulkAuditFilter): BulkAuditRow[];
  /** ';'-separated RFC 4180 CSV with CRLF line ends (see audit.ts). */
  auditCsv(filter?: BulkAuditFilter): string;
  /** Stops taking operations, lets those in flight finish, and leaves running jobs resumable. */
  close(): Promise<void>;
}

interface Entry {
  job: JobRecord;
  ops: Op[];
  handle: RunHandle | null;
  finished: Promise<void> | null;
  closing: boolean;
  run: { startedAt: number; doneAtStart: number; lastProgressAt: number } | null;
}

const MAX_PLANS = 32;

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
  if (notice) emit({ type: 'notice', notice: { profileId: options.profileId, message: notice } });

  const entries = new Map<string, Entry>();
  const plans = new Map<string, { job: JobRecord; ops: Op[] }>();
  const claimed = new Set<string>();
  const batcher = createOpEventBatcher(emit);
  const cache = createCacheBatcher(options.onApplied, options.onRemoved);
  let closed = false;

  for (const { job, ops } of loadJournal(journal)) {
    for (const op of ops) if (op.createdIri) claimed.add(op.createdIri);
    entries.set(job.id, { job, ops, handle: null, finished: null, closing: false, run: null });
  }

  const entryOf = (jobId: string): Entry => {
    const entry = entries.get(jobId);
    if (!entry) throw refuse('BULK_UNKNOWN_JOB', `There is no job ${jobId}.`, `Er is geen taak ${jobId}.`);
    return entry;
  };
  const summary = (entry: Entry): BulkJobSummary => toSummary(entry.job, entry.ops);
  const saveJob = (entry: Entry): void => journal.updateJob(entry.job);
  const wrongState = (entry: Entry, wanted: string): Error =>
    refuse(
      'BULK_WRONG_STATE',
      `The job is ${entry.job.state}; it must be ${wanted}.`,
      `De taak is ${entry.job.state}; dat moet ${wanted} zijn.`,
    );

  function progress(entry: Entry, force: boolean): void {
    const t = now();
    const run = entry.run;
    if (!force && run && t - run.lastProgressAt < 250) return;
    if (run) run.lastProgressAt = t;
    const sendable = entry.ops.filter((o) => o.skip === null);
    const done = sendable.filter((o) => FINAL_STATES.has(o.state)).length;
    const elapsed = run ? (t - run.startedAt) / 1000 : 0;
    const rate = run && elapsed > 0 ? (done - run.doneAtStart) / elapsed : 0;
    const etaMs = rate > 0 ? ((sendable.length - done) / rate) * 1000 : null;
    emit({
      type: 'progress',
      progress: {
        jobId: entry.job.id,
        state: entry.job.state,
        counts: toSummary(entry.job, entry.ops).counts,
        done,
        total: sendable.length,
        ratePerSecond: Math.round(rate * 10) / 10,
        etaMs: etaMs === null ? null : Math.round(etaMs),
        finishesAt: etaMs === null ? null : Math.round(t + etaMs),
      },
    });
  }

  const perform = createPerformer({
    journal,
    client: options.client,
    now,
    claimed,
    applyToCache: async (path, items, removed) => cache.add(path, items, removed),
    changed: (jobId, op) => {
      const entry = entries.get(jobId);
      if (!entry) return;
      batcher.add(jobId, entry.job.resource, op);
      progress(entry, false);
    },
  });

  function jobChanged(entry: Entry): void {
    batcher.flush();
    emit({ type: 'job', job: summary(entry) });
    progress(entry, true);
  }

  function launch(entry: Entry): void {
    const queue = entry.ops.filter((o) => o.state === 'pending');
    const client = options.client();
    const workers = options.concurrency ?? client.governor.snapshot().maxConcurrency;
    entry.run = {
      startedAt: now(),
      doneAtStart: entry.ops.filter((o) => o.skip === null && FINAL_STATES.has(o.state)).length,
      lastProgressAt: 0,
    };
    entry.closing = false;
    const handle = runQueue(queue, {
      workers,
      perform: (op) => perform(entry.job.id, op),
      holdUntil: () => options.client().governor.snapshot().pausedUntil,
      now,
    });
    entry.handle = handle;
    entry.finished = handle.done.then(async (result) => {
      const t = now();
      const journalFailed = result.reason === 'failed' || journal.failure !== null;
      if (journalFailed) {
        entry.job.state = 'interrupted';
        const error = result.reason === 'failed' ? result.error : journal.failure;
        const reason = error instanceof Error ? error.message : String(error);
        emit({
          type: 'notice',
          notice: {
            profileId: options.profileId,
            message: {
              en: `The job stopped because its journal could not be written (${reason}); it can be resumed.`,
              nl: `De taak is gestopt omdat het logboek niet kon worden geschreven (${reason}); ze kan worden hervat.`,
            },
          },
        });
      } else if (result.reason === 'cancelled' && !entry.closing) {
        for (const op of result.untaken) {
          op.state = 'cancelled';
          op.updatedAt = t;
        }
        entry.job.state = 'cancelled';
        entry.job.finishedAt = t;
      } else if (result.reason === 'finished') {
        entry.job.state = 'completed';
        entry.job.finishedAt = t;
      } else {
        // closing: what was not taken stays pending, to be resumed at the next start
        entry.job.state = 'interrupted';
      }
      try {
        if (!journalFailed && result.reason === 'cancelled' && !entry.closing)
          journal.recordOps(entry.job.id, result.untaken);
        saveJob(entry);
      } catch {
        // the journal itself failed: the in-memory state is reported; the next start reconciles from the platform
      }
      entry.handle = null;
      await cache.flush();
      jobChanged(entry);
    });
  }

  function register(
    plan: ActionPlan,
    meta: {
      resource: string;
      action: string;
      kind: BulkJobKind;
      parentJobId: string | null;
      params: Record<string, unknown>;
    },
  ): BulkJobPlan {
    const id = randomUUID();
    const created = now();
    const ops: Op[] = plan.ops.map((p, index) => ({
      ...p,
      index,
      state: p.skip === null ? 'pending' : 'skipped',
      outcome: null,
      createdIri: null,
      sentAt: null,
      updatedAt: null,
    }));
    const job: JobRecord = {
      id,
      profileId: options.profileId,
      resource: meta.resource,
      action: meta.action,
      kind: meta.kind,
      parentJobId: meta.parentJobId,
      params: meta.params,
      title: plan.title,
      confirmation: plan.confirmation,
      notes: plan.notes ?? [],
      lines: plan.lines ?? [],
      conflicts: plan.conflicts ?? [],
      undo: plan.undo,
      apiUser: null,
      state: 'running',
      createdAt: created,
      startedAt: null,
      finishedAt: null,
    };
    plans.set(id, { job, ops });
    while (plans.size > MAX_PLANS) plans.delete(plans.keys().next().value!);
    const count = ops.filter((o) => o.state === 'pending').length;
    let estimate;
    try {
      estimate = estimateJob(options.client().governor, count, created);
    } catch {
      estimate = {
        requests: count,
        durationMs: 0,
        finishesAt: created,
        concurrency: 1,
        exhaustsHourlyBudget: false,
        exhaustsDailyBudget: false,
        hourRemainingAfter: null,
        warning: null,
      };
    }
    return toPlan(job, ops, estimate);
  }

  async function reconcileEntry(entry: Entry): Promise<void> {
    const doubtful = entry.ops.filter((o) => o.state === 'sending' || o.state === 'unknown');
    if (doubtful.length === 0) return;
    entry.job.state = 'reconciling';
    saveJob(entry);
    jobChanged(entry);
    const verdicts = await reconcileOps(options.client(), doubtful, claimed);
    const t = now();
    for (const op of doubtful) {
      const verdict = verdicts.get(op.index);
      const base = op.outcome ?? {
        status: null,
        message: null,
        platformMessage: null,
        violations: [],
        note: null,
        reconciled: false,
      };
      if (verdict?.type === 'applied') {
        settleApplied(
          op,
          verdict,
          { ...base, status: null, message: null, note: CONFIRMED_NOTE, reconciled: true },
          claimed,
        );
        cache.add(op.resourcePath, verdict.items, verdict.removed);
      } else if (verdict?.type === 'not-applied') {
        // safe to send again: the platform shows the change did not happen
        op.state = 'pending';
        op.outcome = { ...base, note: NOT_APPLIED_NOTE, reconciled: true };
      } else {
        op.state = 'unknown';
        op.outcome = {
          ...base,
          note: `could not be confirmed by re-reading (${verdict?.type === 'unsettled' ? verdict.message : 'no answer'}); check the platform before retrying`,
        };
      }
      op.updatedAt = t;
    }
    journal.recordOps(entry.job.id, doubtful);
    entry.job.state = 'interrupted';
    saveJob(entry);
    await cache.flush();
    jobChanged(entry);
  }

  const ensureOpen = (): void => {
    if (closed) throw refuse('BULK_WRONG_STATE', 'The bulk engine is closed.', 'De bulkmodule is gesloten.');
  };

  const engine: BulkEngine = {
    async plan(spec) {
      ensureOpen();
      // the planner checks resource, action and the action's parameters, in that order
      const planned = await planAction({ spec, readRows: options.readRows, binding: options.binding });
      return register(planned.plan, {
        resource: planned.resource.id,
        action: planned.spec.action,
        kind: 'action',
        parentJobId: null,
        params: planned.spec.params,
      });
    },

    start(jobId, confirm) {
      ensureOpen();
      const planned = plans.get(jobId);
      if (!planned) {
        if (entries.has(jobId))
          throw refuse('BULK_WRONG_STATE', 'This job has already been started.', 'Deze taak is al gestart.');
        throw refuse(
          'BULK_UNKNOWN_JOB',
          'This plan is unknown or expired: plan again.',
          'Dit plan is onbekend of verlopen: plan opnieuw.',
        );
      }
      const count = planned.ops.filter((o) => o.state === 'pending').length;
      if (confirm.expectedCount !== count)
        throw refuse(
          'BULK_COUNT_MISMATCH',
          `The plan has ${count} operations, not ${confirm.expectedCount}: review the preview again.`,
          `Het plan heeft ${count} bewerkingen, niet ${confirm.expectedCount}: bekijk het voorbeeld opnieuw.`,
        );
      if (count === 0)
        throw refuse(
          'BULK_NOTHING_TO_DO',
          'Nothing to send: every row is skipped.',
          'Niets te versturen: elke rij wordt overgeslagen.',
        );
      // no client (signed out, no profile connected) must fail here, before the job is journalled as running
      options.client();
      const entry: Entry = {
        job: planned.job,
        ops: planned.ops,
        handle: null,
        finished: null,
        closing: false,
        run: null,
      };
      entry.job.state = 'running';
      entry.job.startedAt = now();
      entry.job.apiUser = options.apiUser();
      for (const op of entry.ops) if (op.state === 'skipped') op.updatedAt = entry.job.startedAt;
      journal.insertJob(entry.job, entry.ops);
      plans.delete(jobId);
      entries.set(jobId, entry);
      launch(entry);
      jobChanged(entry);
      return summary(entry);
    },

    pause(jobId) {
      const entry = entryOf(jobId);
      if (entry.job.state !== 'running' || !entry.handle) throw wrongState(entry, 'running');
      entry.handle.pause();
      entry.job.state = 'paused';
      saveJob(entry);
      jobChanged(entry);
      return summary(entry);
    },

    async resume(jobId) {
      const entry = entryOf(jobId);
      if (entry.job.state === 'interrupted') return engine.resumeInterrupted(jobId);
      if (entry.job.state !== 'paused' || !entry.handle) throw wrongState(entry, 'paused');
      entry.handle.resume();
      entry.job.state = 'running';
      saveJob(entry);
      jobChanged(entry);
      return summary(entry);
    },

    async cancel(jobId) {
      const entry = entryOf(jobId);
      if (entry.handle && (entry.job.state === 'running' || entry.job.state === 'paused')) {
        entry.handle.cancel();
        await entry.finished;
        return summary(entry);
      }
      if (entry.job.state !== 'interrupted') throw wrongState(entry, 'running, paused or interrupted');
      await reconcileEntry(entry);
      const t = now();
      const rest = entry.ops.filter((o) => o.state === 'pending');
      for (const op of rest) {
        op.state = 'cancelled';
        op.updatedAt = t;
      }
      journal.recordOps(jobId, rest);
      entry.job.state = 'cancelled';
      entry.job.finishedAt = t;
      saveJob(entry);
      jobChanged(entry);
      return summary(entry);
    },

    discardPlan(jobId) {
      plans.delete(jobId);
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
      if (entry.job.state !== 'interrupted') throw wrongState(entry, 'interrupted');
      await reconcileEntry(entry);
      return toDetail(entry.job, entry.ops);
    },

    async resumeInterrupted(jobId) {
      ensureOpen();
      const entry = entryOf(jobId);
      if (entry.job.state !== 'interrupted') throw wrongState(entry, 'interrupted');
      await reconcileEntry(entry);
      if (!entry.ops.some((o) => o.state === 'pending')) {
        entry.job.state = 'completed';
        entry.job.finishedAt ??= now();
        saveJob(entry);
        jobChanged(entry);
        return summary(entry);
      }
      entry.job.state = 'running';
      saveJob(entry);
      launch(entry);
      jobChanged(entry);
      return summary(entry);
    },

    async retryFailed(jobId) {
      ensureOpen();
      const entry = entryOf(jobId);
      if (!entry.ops.some((o) => o.state === 'failed'))
        throw refuse(
          'BULK_NOTHING_TO_DO',
          'The job has no failed operations.',
          'De taak heeft geen mislukte bewerkingen.',
        );
      if (entry.handle) throw wrongState(entry, 'finished');
      const plan = await planRetry(entry.job, entry.ops, options.readRows, options.binding);
      return register(plan, {
        resource: entry.job.resource,
        action: entry.job.action,
        kind: 'retry',
        parentJobId: jobId,
        params: entry.job.params,
      });
    },

    async planUndo(jobId, undoOptions = {}) {
      ensureOpen();
      const entry = entryOf(jobId);
      if (entry.job.state !== 'completed' && entry.job.state !== 'cancelled')
        throw wrongState(entry, 'completed or cancelled');
      const force = undoOptions.force === true;
      const plan = await planUndo(
        {
          client: options.client(),
          readRows: options.readRows,
          refreshCache: (path, items) => options.onApplied(path, items).catch(() => undefined),
        },
        entry.job,
        entry.ops,
        force,
      );
      if (!entry.job.undo.available && entry.job.undo.note) plan.notes = [entry.job.undo.note, ...(plan.notes ?? [])];
      return register(plan, {
        resource: entry.job.resource,
        action: 'undo',
        kind: 'undo',
        parentJobId: jobId,
        params: { force },
      });
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

/** Jobs the journal had running are interrupted now: the process that ran them is gone. */
function loadJournal(journal: Journal): { job: JobRecord; ops: Op[] }[] {
  const loaded = journal.load();
  for (const { job } of loaded) {
    if (job.state === 'running' || job.state === 'paused' || job.state === 'reconciling') {
      job.state = 'interrupted';
      journal.updateJob(job);
    }
  }
  return loaded;
}
