import type { BulkJobSummary } from '../../src-preload/contract/bulk.ts';
import type { Row } from '../../src-preload/contract/grids.ts';
import type { OverviewEntry, OverviewLink, OverviewTile } from '../../src-preload/contract/overview.ts';
import { message, type Message } from '../../src-preload/contract/messages.ts';
import {
  DEADLINE_BUCKETS,
  matchesPreset,
  WINDOW_STATES,
  type DeadlineBucket,
  type RowPreset,
} from '../../src-preload/contract/shared/deadlines.ts';
import type { CachedCollections } from './cached-collections.ts';
import { FIELDS, PATHS, STATUS } from './fields.ts';

export interface TileInput {
  data: CachedCollections;
  jobs: readonly BulkJobSummary[];
  now: number;
}

const DAY_MS = 86_400_000;
const LIST_LENGTH = 5;

const count = (rows: readonly Row[], preset: RowPreset, now: number): number =>
  rows.reduce((sum, row) => sum + (matchesPreset(row, preset, now) ? 1 : 0), 0);

const grid = (resource: string, preset: RowPreset, label: Message): OverviewLink => ({
  kind: 'grid',
  resource,
  preset,
  label,
});

const entry = (
  key: string,
  label: Message,
  n: number,
  link: OverviewLink | null,
  detail: OverviewEntry['detail'] = null,
): OverviewEntry => ({ key, label, count: n, detail, link });

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

const BUCKET_LABELS: Record<DeadlineBucket, Message> = {
  overdue: message('overview.bucket.overdue'),
  today: message('overview.bucket.today'),
  tomorrow: message('overview.bucket.tomorrow'),
  week: message('overview.bucket.week'),
  later: message('overview.bucket.later'),
};

/** A name or value as the platform spells it (a unit code, a block's range). */
const verbatim = (text: string): Message => message('common.verbatim', { text });

/** Pending outports are due within two days: overdue, today or tomorrow. */
export const URGENT_BUCKETS: DeadlineBucket[] = ['overdue', 'today', 'tomorrow'];

export function outportDeadline(buckets: DeadlineBucket[]): RowPreset {
  const f = FIELDS.outports;
  return { kind: 'deadline', field: f.date, buckets, when: { field: f.status, values: [STATUS.outportPending] } };
}

export function outportsTile({ data, now }: TileInput): OverviewTile {
  const rows = data.rows(PATHS.outports());
  const title = message('overview.outports.title');
  const chart = DEADLINE_BUCKETS.map((bucket) => {
    const preset = outportDeadline([bucket]);
    const label = BUCKET_LABELS[bucket];
    const where = message('overview.outports.inBucket', { bucket: label });
    return entry(bucket, label, count(rows, preset, now), grid('outports', preset, where));
  });
  const all = outportDeadline([...DEADLINE_BUCKETS]);
  return {
    id: 'outports',
    title,
    count: count(rows, all, now),
    countLabel: message('overview.outports.countLabel'),
    link: grid('outports', all, title),
    chart,
    list: [],
    listTitle: null,
    empty: !data.has(PATHS.outports()),
    asOf: data.fetchedAt(PATHS.outports()),
  };
}

export function trackingTile({ data, now }: TileInput): OverviewTile {
  const devices = data.rows(PATHS.devices());
  const outages = data.rows(PATHS.outages());
  const offline: RowPreset = { kind: 'equals', field: FIELDS.trackingDevices.status, values: [STATUS.deviceOffline] };
  const title = message('overview.tracking.title');
  const f = FIELDS.outages;
  const longest = outages
    .map((row) => ({ row, since: Date.parse(text(row[f.since])) }))
    .filter((outage) => !Number.isNaN(outage.since))
    .sort((a, b) => a.since - b.since)
    .slice(0, LIST_LENGTH)
    .map(({ row, since }) => {
      const device = text(row[f.device]);
      const unit = text(row[f.unitCode]) || device;
      const link: OverviewLink | null = device ? { kind: 'row', resource: 'tracking-devices', iri: device } : null;
      return entry(text(row['@id']), verbatim(unit), 1, link, {
        kind: 'seconds',
        value: Math.round((now - since) / 1000),
      });
    });
  const startedToday = outages.filter((row) => now - Date.parse(text(row[f.since])) <= DAY_MS).length;
  return {
    id: 'tracking',
    title,
    count: count(devices, offline, now),
    countLabel: message('overview.tracking.countLabel'),
    link: grid('tracking-devices', offline, title),
    chart: longest,
    list: [entry('started-24h', message('overview.tracking.startedToday'), startedToday, null)],
    listTitle: message('overview.tracking.listTitle'),
    empty: !data.has(PATHS.devices()),
    asOf: data.oldest([PATHS.devices(), PATHS.outages()]),
  };
}

export function forwardsTile({ data, now }: TileInput): OverviewTile {
  const rows = data.rows(PATHS.forwards());
  const f = FIELDS.forwards;
  const labels: Record<(typeof WINDOW_STATES)[number], Message> = {
    active: message('overview.forwards.active'),
    upcoming: message('overview.forwards.upcoming'),
    ended: message('overview.forwards.ended'),
  };
  const stateOf = (state: (typeof WINDOW_STATES)[number]): RowPreset => ({
    kind: 'window',
    startField: f.start,
    endField: f.end,
    states: [state],
  });
  const chart = WINDOW_STATES.map((state) => {
    const label = message('overview.forwards.inState', { state: labels[state] });
    return entry(
      state,
      labels[state],
      count(rows, stateOf(state), now),
      grid('scheduled-forwards', stateOf(state), label),
    );
  });
  const soon: RowPreset = { kind: 'starts-within', startField: f.start, withinMs: DAY_MS };
  const soonLabel = message('overview.forwards.startingSoonFilter');
  return {
    id: 'forwards',
    title: message('overview.forwards.title'),
    count: chart[0]!.count,
    countLabel: message('overview.forwards.countLabel'),
    link: chart[0]!.link,
    chart,
    list: [
      entry(
        'starting-24h',
        message('overview.forwards.startingSoon'),
        count(rows, soon, now),
        grid('scheduled-forwards', soon, soonLabel),
      ),
    ],
    listTitle: null,
    empty: !data.has(PATHS.forwards()),
    asOf: data.fetchedAt(PATHS.forwards()),
  };
}

export function blocksTile({ data, now }: TileInput): OverviewTile {
  const blocks = data.rows(PATHS.blocks());
  const f = FIELDS.blocks;
  const coolOff: RowPreset = { kind: 'equals', field: f.status, values: [STATUS.blockCoolOff] };
  const title = message('overview.blocks.title');
  const ends = blocks
    .filter((row) => matchesPreset(row, coolOff, now))
    .map((row) => ({ row, until: Date.parse(text(row[f.coolOffUntil])) }))
    .filter((block) => !Number.isNaN(block.until))
    .sort((a, b) => a.until - b.until)
    .slice(0, LIST_LENGTH)
    .map(({ row, until }) => {
      const range = `${text(row[f.start])}–${text(row[f.end])}`;
      return entry(
        text(row['@id']),
        verbatim(range),
        1,
        { kind: 'row', resource: 'number-blocks', iri: text(row['@id']) },
        { kind: 'date', value: until },
      );
    });
  // Pool usage: per number pool, how many of its blocks are in use.
  const pools = new Map<string, { inUse: number; total: number }>();
  for (const row of blocks) {
    const pool = text(row[f.pool]) || '—';
    const usage = pools.get(pool) ?? { inUse: 0, total: 0 };
    usage.total += 1;
    if (row[f.status] === STATUS.blockInUse) usage.inUse += 1;
    pools.set(pool, usage);
  }
  const chart = [...pools.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pool, usage]) => {
      const name = pool.slice(pool.lastIndexOf('/') + 1);
      const label = message('overview.blocks.pool', { name });
      return entry(pool, label, usage.inUse, null, { kind: 'of', value: usage.total });
    });
  return {
    id: 'blocks',
    title,
    count: count(blocks, coolOff, now),
    countLabel: message('overview.blocks.countLabel'),
    link: grid('number-blocks', coolOff, title),
    chart,
    list: ends,
    listTitle: message('overview.blocks.listTitle'),
    empty: !data.has(PATHS.blocks()),
    asOf: data.fetchedAt(PATHS.blocks()),
  };
}

export function simsTile({ data, now }: TileInput): OverviewTile {
  const rows = data.rows(PATHS.sims());
  const field = FIELDS.sims.status;
  const statuses = [...new Set(rows.map((row) => text(row[field])))].filter((s) => s !== '').sort();
  const chart = statuses.map((status) => {
    const preset: RowPreset = { kind: 'equals', field, values: [status] };
    const label = message('common.status', { value: status });
    return entry(
      status,
      label,
      count(rows, preset, now),
      grid('sim-cards', preset, message('overview.sims.withStatus', { status: label })),
    );
  });
  return {
    id: 'sims',
    title: message('overview.sims.title'),
    count: rows.length,
    countLabel: message('overview.sims.countLabel'),
    link: null,
    chart,
    list: [],
    listTitle: null,
    empty: !data.has(PATHS.sims()),
    asOf: data.fetchedAt(PATHS.sims()),
  };
}

export const JOB_GROUPS = ['running', 'paused', 'interrupted', 'failed'] as const;

/** A job "failed" when it finished with operations that failed; reconciling counts as interrupted. */
export function jobGroupOf(job: BulkJobSummary): (typeof JOB_GROUPS)[number] | null {
  if (job.state === 'running' || job.state === 'paused') return job.state;
  if (job.state === 'interrupted' || job.state === 'reconciling') return 'interrupted';
  return job.counts.failed > 0 ? 'failed' : null;
}

export function jobsTile({ jobs }: TileInput): OverviewTile {
  const labels: Record<(typeof JOB_GROUPS)[number], Message> = {
    running: message('overview.jobs.running'),
    paused: message('overview.jobs.paused'),
    interrupted: message('overview.jobs.interrupted'),
    failed: message('overview.jobs.failed'),
  };
  const chart = JOB_GROUPS.map((group) =>
    entry(group, labels[group], jobs.filter((job) => jobGroupOf(job) === group).length, { kind: 'jobs', state: group }),
  );
  return {
    id: 'jobs',
    title: message('overview.jobs.title'),
    count: chart.reduce((sum, item) => sum + item.count, 0),
    countLabel: message('overview.jobs.countLabel'),
    link: { kind: 'jobs', state: 'all' },
    chart,
    list: [],
    listTitle: null,
    empty: false,
    asOf: null,
  };
}
