import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src-preload/contract/messages.ts';
import type { BulkJobSummary } from '../../../src-preload/contract/bulk.ts';
import { matchesPreset } from '../../../src-preload/contract/shared/deadlines.ts';
import { computeOverview } from '../../../src-main/overview/compute-overview.ts';
import { FIELDS, PATHS } from '../../../src-main/overview/fields.ts';
import { getResource, RESOURCE_IDS } from '../../../src-main/resources/index.ts';
import { demoCollections } from './demo-collections.ts';
import { dutch, english } from '../../support/ui-text.ts';

const NOW = Date.UTC(2026, 10, 27, 10);

const job = (state: BulkJobSummary['state'], failed = 0): BulkJobSummary => ({
  jobId: `job-${state}-${failed}`,
  profileId: 'p',
  resource: 'phone-numbers',
  action: 'set-cost-center',
  kind: 'action',
  parentJobId: null,
  title: { en: 'x', nl: 'x' },
  state,
  apiUser: null,
  createdAt: NOW,
  startedAt: NOW,
  finishedAt: null,
  counts: { total: 3, pending: 0, sending: 0, applied: 3 - failed, failed, skipped: 0, cancelled: 0, unknown: 0 },
  undoAvailable: true,
});

describe('the overview', () => {
  it('reads fields the registry knows (as columns or lookups)', () => {
    const known = (resource: string, field: string): boolean => {
      const descriptor = getResource(resource)!.descriptor;
      const columns = [...descriptor.columns, ...descriptor.tabs.flatMap((tab) => tab.columns)];
      return columns.some((c) => c.field === field) || descriptor.lookups.some((l) => l.field === field);
    };
    const owners: Record<keyof typeof FIELDS, string> = {
      outports: 'outports',
      trackingDevices: 'tracking-devices',
      outages: 'tracking-devices',
      forwards: 'scheduled-forwards',
      blocks: 'number-blocks',
      sims: 'sim-cards',
      numbers: 'phone-numbers',
    };
    for (const [group, fields] of Object.entries(FIELDS))
      for (const field of Object.values(fields))
        expect(known(owners[group as keyof typeof FIELDS], field), `${group}.${field}`).toBe(true);
    expect(RESOURCE_IDS.length).toBe(7);
  });

  it('counts each tile from the cached rows, and each link selects exactly the rows it counts', async () => {
    const { data, demo } = await demoCollections(3000, NOW);
    const overview = computeOverview('p', { data, jobs: [], now: NOW });
    const rowsOf: Record<string, string> = {
      outports: PATHS.outports(),
      'tracking-devices': PATHS.devices(),
      'scheduled-forwards': PATHS.forwards(),
      'number-blocks': PATHS.blocks(),
      'sim-cards': PATHS.sims(),
    };
    let links = 0;
    for (const tile of overview.tiles)
      for (const entry of [...tile.chart, ...tile.list, { count: tile.count, link: tile.link }]) {
        if (entry.link?.kind !== 'grid') continue;
        const preset = entry.link.preset;
        const rows = data.rows(rowsOf[entry.link.resource]!).filter((row) => matchesPreset(row, preset, NOW));
        expect(rows.length, `${tile.id} ${JSON.stringify(preset)}`).toBe(entry.count);
        links += 1;
      }
    expect(links).toBeGreaterThan(12);
    const outports = overview.tiles.find((tile) => tile.id === 'outports')!;
    const pending = demo.outports.all().filter((outport) => outport.status === 'pending').length;
    expect(outports.count).toBe(pending);
    expect(outports.chart.find((entry) => entry.key === 'tomorrow')!.count).toBeGreaterThanOrEqual(2);
    expect(outports.chart.reduce((sum, entry) => sum + entry.count, 0)).toBe(pending);
    expect(overview.badges['outports']).toBeGreaterThanOrEqual(2);
    const sims = overview.tiles.find((tile) => tile.id === 'sims')!;
    expect(sims.chart.reduce((sum, entry) => sum + entry.count, 0)).toBe(demo.simCards.all().length);
    const forwards = overview.tiles.find((tile) => tile.id === 'forwards')!;
    expect(forwards.list[0]!.count).toBeGreaterThanOrEqual(1);
    expect(overview.asOf).toBe(NOW - 60_000);
  });

  it('words every tile, bar and link in English and Dutch from the catalog', async () => {
    const { data } = await demoCollections(200, NOW);
    const overview = computeOverview('p', { data, jobs: [job('running')], now: NOW });
    const texts: Message[] = overview.tiles.flatMap((tile) => [
      tile.title,
      tile.countLabel,
      ...(tile.listTitle ? [tile.listTitle] : []),
      ...(tile.link?.kind === 'grid' ? [tile.link.label] : []),
      ...[...tile.chart, ...tile.list].flatMap((entry) => [
        entry.label,
        ...(entry.link?.kind === 'grid' ? [entry.link.label] : []),
      ]),
    ]);
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) {
      expect(english(text).trim(), JSON.stringify(text)).not.toBe('');
      expect(dutch(text).trim(), JSON.stringify(text)).not.toBe('');
    }
    const tile = (id: string) => overview.tiles.find((candidate) => candidate.id === id)!;
    expect(tile('forwards').title).toEqual({ code: 'overview.forwards.title' });
    expect([english(tile('forwards').title), dutch(tile('forwards').title)]).toEqual([
      'Scheduled forwards',
      'Geplande doorschakelingen',
    ]);
    // a bucket inside a sentence reads in lower case; the filter's name says what the grid shows
    const tomorrow = tile('outports').chart.find((entry) => entry.key === 'tomorrow')!;
    expect([english(tomorrow.label), dutch(tomorrow.label)]).toEqual(['Tomorrow', 'Morgen']);
    const link = tomorrow.link?.kind === 'grid' ? tomorrow.link.label : null;
    expect([english(link), dutch(link)]).toEqual(['Outports pending: tomorrow', 'Openstaande outports: morgen']);
    const upcoming = tile('forwards').chart.find((entry) => entry.key === 'upcoming')!;
    const upcomingLink = upcoming.link?.kind === 'grid' ? upcoming.link.label : null;
    expect(dutch(upcomingLink)).toBe('Doorschakelingen: gepland');
    // data values (a unit code, a block's range) stay as the platform has them
    const range = tile('blocks').list[0]!;
    expect(english(range.label)).toMatch(/^\d+–\d+$/);
    expect(dutch(range.label)).toBe(english(range.label));
    expect(english(tile('jobs').chart.find((entry) => entry.key === 'failed')!.label)).toBe('With failures');
  });

  it('groups jobs into running, paused, interrupted and failed, and badges the interrupted ones', async () => {
    const { data } = await demoCollections(200, NOW);
    const jobs = [
      job('running'),
      job('paused'),
      job('interrupted'),
      job('reconciling'),
      job('completed', 2),
      job('completed'),
    ];
    const overview = computeOverview('p', { data, jobs, now: NOW });
    const tile = overview.tiles.find((candidate) => candidate.id === 'jobs')!;
    expect(Object.fromEntries(tile.chart.map((entry) => [entry.key, entry.count]))).toEqual({
      running: 1,
      paused: 1,
      interrupted: 2,
      failed: 1,
    });
    expect(overview.badges['jobs']).toBe(2);
  });
});
