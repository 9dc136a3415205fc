import { create } from 'zustand';
import type {
  BulkJobPlan,
  BulkJobSpecInput,
  BulkJobSummary,
  BulkOpState,
  BulkProgress,
  BulkRetry,
} from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';

/** What the bulk side panel shows: parameters, a preview, a running job, or a finished job's summary. */
export type BulkStep =
  | {
      kind: 'params';
      resource: string;
      action: string;
      targets: string[];
      /** Selected rows the grid's filter hides: left out of the targets, and named in the form and the preview. */
      hidden?: number;
    }
  | { kind: 'preview'; plan: BulkJobPlan; hidden?: number }
  | { kind: 'job'; jobId: string };

interface BulkState {
  step: BulkStep | null;
  jobs: BulkJobSummary[];
  progress: Record<string, BulkProgress>;
  /** Per resource, per row IRI: the state of the latest operation on it, for colouring the grid. */
  rowStates: Record<string, Record<string, BulkOpState>>;
  rowStatesVersion: number;
  /** Per job, the operations waiting to be sent again (index → row label and when). */
  retrying: Record<string, ReadonlyMap<number, { label: string; retry: BulkRetry }>>;
  interrupted: BulkJobSummary[];
  error: string | null;
  init(): () => void;
  /** The profile on screen changed (or connected): load its jobs and any interrupted ones. */
  reload(): Promise<void>;
  open(step: BulkStep | null): void;
  /** Asks main for the plan of a job; `hidden` selected rows were left out because the filter hides them. */
  plan(spec: BulkJobSpecInput, hidden?: number): Promise<void>;
  apply(plan: BulkJobPlan): Promise<void>;
  follow(request: Promise<BulkJobPlan>): Promise<void>;
  setError(error: string | null): void;
}

export const useBulkStore = create<BulkState>()((set) => ({
  step: null,
  jobs: [],
  progress: {},
  rowStates: {},
  rowStatesVersion: 0,
  retrying: {},
  interrupted: [],
  error: null,
  init() {
    const off = noc.on('bulk:event', (event) => {
      if (event.type === 'job') {
        set((state) => ({ jobs: [event.job, ...state.jobs.filter((job) => job.jobId !== event.job.jobId)] }));
      } else if (event.type === 'progress') {
        set((state) => ({ progress: { ...state.progress, [event.progress.jobId]: event.progress } }));
      } else if (event.type === 'ops') {
        set((state) => {
          const forResource = { ...(state.rowStates[event.batch.resource] ?? {}) };
          const waiting = new Map(state.retrying[event.batch.jobId]);
          for (const op of event.batch.ops) {
            forResource[op.target] = op.state;
            if (op.retry) waiting.set(op.index, { label: op.label, retry: op.retry });
            else waiting.delete(op.index);
          }
          return {
            rowStates: { ...state.rowStates, [event.batch.resource]: forResource },
            rowStatesVersion: state.rowStatesVersion + 1,
            retrying: { ...state.retrying, [event.batch.jobId]: waiting },
          };
        });
      }
    });
    return off;
  },
  async reload() {
    try {
      const [jobs, interrupted] = await Promise.all([noc.invoke('bulk:list', {}), noc.invoke('bulk:interrupted', {})]);
      set({ jobs, interrupted, step: null, rowStates: {}, retrying: {} });
    } catch {
      set({ jobs: [], interrupted: [] });
    }
  },
  open: (step) => set({ step, error: null }),
  setError: (error) => set({ error }),
  async plan(spec, hidden = 0) {
    set({ error: null });
    try {
      const plan = await noc.invoke('bulk:plan', spec);
      set({ step: { kind: 'preview', plan, hidden } });
    } catch (failure) {
      set({ error: describeError(failure) });
    }
  },
  async follow(request) {
    set({ error: null });
    try {
      set({ step: { kind: 'preview', plan: await request } });
    } catch (failure) {
      set({ error: describeError(failure) });
    }
  },
  async apply(plan) {
    set({ error: null });
    try {
      // Rows of this job start out pending in the grid.
      set((state) => {
        const forResource = { ...(state.rowStates[plan.resource] ?? {}) };
        for (const op of plan.operations) forResource[op.target] = 'pending';
        return {
          rowStates: { ...state.rowStates, [plan.resource]: forResource },
          rowStatesVersion: state.rowStatesVersion + 1,
        };
      });
      const job = await noc.invoke('bulk:start', { jobId: plan.jobId, expectedCount: plan.operations.length });
      set((state) => ({
        step: { kind: 'job', jobId: job.jobId },
        jobs: [job, ...state.jobs.filter((entry) => entry.jobId !== job.jobId)],
      }));
    } catch (failure) {
      set({ error: describeError(failure) });
    }
  },
}));
