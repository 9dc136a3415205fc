import type { BulkEngine } from '../bulk/index.ts';
import type { Handler } from '../ipc/router.ts';

/** The bulk engine of the profile on screen (created on first use, one per profile). */
export type BulkEngineProvider = () => Promise<BulkEngine>;

export function createBulkHandlers(engine: BulkEngineProvider): {
  'bulk:plan': Handler<'bulk:plan'>;
  'bulk:start': Handler<'bulk:start'>;
  'bulk:pause': Handler<'bulk:pause'>;
  'bulk:resume': Handler<'bulk:resume'>;
  'bulk:cancel': Handler<'bulk:cancel'>;
  'bulk:discard': Handler<'bulk:discard'>;
  'bulk:list': Handler<'bulk:list'>;
  'bulk:detail': Handler<'bulk:detail'>;
  'bulk:interrupted': Handler<'bulk:interrupted'>;
  'bulk:resume-interrupted': Handler<'bulk:resume-interrupted'>;
  'bulk:retry-failed': Handler<'bulk:retry-failed'>;
  'bulk:plan-undo': Handler<'bulk:plan-undo'>;
  'bulk:values-in-use': Handler<'bulk:values-in-use'>;
  'bulk:audit': Handler<'bulk:audit'>;
} {
  return {
    'bulk:plan': async (spec) => (await engine()).plan(spec),
    'bulk:start': async ({ jobId, expectedCount }) => (await engine()).start(jobId, { expectedCount }),
    'bulk:pause': async ({ jobId }) => (await engine()).pause(jobId),
    'bulk:resume': async ({ jobId, expectedCount }) =>
      (await engine()).resume(jobId, expectedCount === undefined ? undefined : { expectedCount }),
    'bulk:cancel': async ({ jobId }) => (await engine()).cancel(jobId),
    'bulk:discard': async ({ jobId }) => {
      (await engine()).discardPlan(jobId);
      return { discarded: true };
    },
    'bulk:list': async () => (await engine()).list(),
    'bulk:detail': async ({ jobId }) => (await engine()).detail(jobId),
    'bulk:interrupted': async () => (await engine()).interrupted(),
    'bulk:resume-interrupted': async ({ jobId }) => (await engine()).resumeInterrupted(jobId),
    'bulk:retry-failed': async ({ jobId }) => (await engine()).retryFailed(jobId),
    'bulk:plan-undo': async ({ jobId, force }) =>
      (await engine()).planUndo(jobId, force === undefined ? {} : { force }),
    'bulk:values-in-use': async (input) => (await engine()).valuesInUse(input),
    'bulk:audit': async (filter) => ({ rows: (await engine()).auditRows(filter) }),
  };
}
