import type { BulkAuditRow, BulkJobSummary } from '../../src-preload/contract/bulk.ts';
import type {
  HistoryAudit,
  HistoryFilter,
  HistoryProblem,
  HistoryProfile,
  HistorySearch,
} from '../../src-preload/contract/history.ts';
import { auditRows } from '../bulk/audit.ts';
import type { ReadOnlyJournal } from '../bulk/journal-load.ts';
import { toSummary } from '../bulk/views.ts';
import { AppError } from '../ipc/app-error.ts';
import { logText } from '../logging/ui-text.ts';
import { message } from '../../src-preload/contract/messages.ts';
import { matchingRows, searchJobs, type ProfileJobs } from './history-query.ts';

/** The slice of the open profile's bulk engine the history reads: its jobs as they are now, running ones included. */
export interface OpenEngine {
  list(): BulkJobSummary[];
  auditRows(): BulkAuditRow[];
}

export interface HistoryServiceDeps {
  profiles: () => Promise<{ id: string; name: string }[]>;
  /** The profile on screen: its jobs come from its engine, live. */
  openProfileId: () => string | null;
  openEngine: () => Promise<OpenEngine>;
  /** Another profile's journal, read only. */
  readJournal: (profileId: string) => Promise<ReadOnlyJournal>;
  /** Changes whenever the profile's journal or its key does (the file's and its log's size and time): re-read then. */
  journalStamp: (profileId: string) => Promise<string>;
}

export interface HistoryService {
  search(filter: HistoryFilter, limit: number): Promise<HistorySearch>;
  audit(input: {
    profileId: string;
    jobId: string;
    row?: string | undefined;
    outcome?: BulkAuditRow['outcome'] | undefined;
    limit: number;
  }): Promise<HistoryAudit>;
  /** The rows of a job's audit file and its name; the renderer writes the file in the operator's language. */
  exportCsv(profileId: string, jobId: string): Promise<{ rows: BulkAuditRow[]; fileName: string }>;
}

interface Loaded {
  jobs: ProfileJobs;
  problem: HistoryProblem | null;
  damaged: number;
}

const byJob = (rows: readonly BulkAuditRow[]): Map<string, BulkAuditRow[]> => {
  const map = new Map<string, BulkAuditRow[]>();
  for (const row of rows) {
    const list = map.get(row.jobId);
    if (list) list.push(row);
    else map.set(row.jobId, [row]);
  }
  return map;
};

/** A job found running in a journal nobody has open was cut off: it is shown as the engine will show it. */
const LEFT_RUNNING = new Set(['running', 'paused', 'reconciling']);

/** Every bulk job of every profile: the open one's from its engine, the others' from their journals, read only. */
export function createHistoryService(deps: HistoryServiceDeps): HistoryService {
  const closed = new Map<string, { stamp: string; loaded: Loaded }>();

  const readClosed = async (profile: { id: string; name: string }): Promise<Loaded> => {
    const stamp = await deps.journalStamp(profile.id);
    const kept = closed.get(profile.id);
    if (kept && kept.stamp === stamp) return { ...kept.loaded, jobs: { ...kept.loaded.jobs, name: profile.name } };
    const read = await deps.readJournal(profile.id);
    const loaded: Loaded = read.ok
      ? {
          jobs: {
            profileId: profile.id,
            name: profile.name,
            jobs: read.jobs.map(({ job, ops }) => {
              const summary = toSummary(job, ops);
              return LEFT_RUNNING.has(summary.state) ? { ...summary, state: 'interrupted' as const } : summary;
            }),
            rows: byJob(auditRows(read.jobs)),
          },
          problem: null,
          damaged: read.damaged,
        }
      : {
          jobs: { profileId: profile.id, name: profile.name, jobs: [], rows: new Map() },
          problem: read.problem,
          damaged: 0,
        };
    closed.set(profile.id, { stamp, loaded });
    return loaded;
  };

  const readOpen = async (profile: { id: string; name: string }): Promise<Loaded> => {
    const engine = await deps.openEngine();
    return {
      jobs: { profileId: profile.id, name: profile.name, jobs: engine.list(), rows: byJob(engine.auditRows()) },
      problem: null,
      damaged: 0,
    };
  };

  const loadAll = async (only?: string): Promise<{ loaded: Loaded[]; open: string | null }> => {
    const open = deps.openProfileId();
    const known = await deps.profiles();
    for (const id of closed.keys()) if (!known.some((profile) => profile.id === id)) closed.delete(id);
    const profiles = known.filter((profile) => !only || profile.id === only);
    const loaded = await Promise.all(
      profiles.map((profile) => (profile.id === open ? readOpen(profile) : readClosed(profile))),
    );
    return { loaded, open };
  };

  const findJob = async (profileId: string, jobId: string): Promise<{ profile: ProfileJobs; job: BulkJobSummary }> => {
    const { loaded } = await loadAll(profileId);
    const profile = loaded[0]?.jobs;
    const job = profile?.jobs.find((candidate) => candidate.jobId === jobId);
    if (!profile || !job) {
      const text = message('bulk.unknownJobInHistory', { jobId: jobId.slice(0, 8) });
      throw new AppError('HISTORY_UNKNOWN_JOB', logText(text), { message: text });
    }
    return { profile, job };
  };

  return {
    async search(filter, limit) {
      const { loaded, open } = await loadAll();
      const profiles: HistoryProfile[] = loaded.map(({ jobs, problem, damaged }) => ({
        profileId: jobs.profileId,
        name: jobs.name,
        open: jobs.profileId === open,
        jobs: jobs.jobs.length,
        problem,
        damaged,
      }));
      const all = loaded.map(({ jobs }) => jobs);
      const found = searchJobs(all, filter);
      const resources = new Set<string>();
      const actions = new Map<string, { resource: string; action: string }>();
      for (const { jobs } of all)
        for (const job of jobs) {
          resources.add(job.resource);
          actions.set(`${job.resource}|${job.action}`, { resource: job.resource, action: job.action });
        }
      return {
        profiles,
        jobs: found.slice(0, limit),
        total: found.length,
        resources: [...resources].sort(),
        actions: [...actions.values()],
      };
    },
    async audit({ profileId, jobId, row, outcome, limit }) {
      const { profile, job } = await findJob(profileId, jobId);
      const found = searchJobs([profile], { row, outcome }).find((candidate) => candidate.jobId === jobId);
      const rows = matchingRows(profile.rows.get(jobId) ?? [], { row, outcome });
      return {
        job: found ?? { ...job, profileName: profile.name, matchedRows: 0, matchedLabels: [] },
        rows: rows.slice(0, limit),
        total: rows.length,
      };
    },
    async exportCsv(profileId, jobId) {
      const { profile } = await findJob(profileId, jobId);
      return { rows: profile.rows.get(jobId) ?? [], fileName: `noc-audit-${jobId.slice(0, 8)}.csv` };
    },
  };
}
