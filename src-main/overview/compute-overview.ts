import type { Overview } from '../../src-preload/contract/overview.ts';
import { matchesPreset } from '../../src-preload/contract/shared/deadlines.ts';
import { PATHS } from './fields.ts';
import {
  blocksTile,
  forwardsTile,
  jobGroupOf,
  jobsTile,
  outportDeadline,
  outportsTile,
  simsTile,
  trackingTile,
  URGENT_BUCKETS,
  type TileInput,
} from './tiles.ts';

/** Every collection the overview reads. */
export const OVERVIEW_PATHS = (): string[] => [
  PATHS.outports(),
  PATHS.devices(),
  PATHS.outages(),
  PATHS.forwards(),
  PATHS.blocks(),
  PATHS.sims(),
];

/** The overview of one profile from its cached rows and its jobs: pure, so the counts are testable as they are. */
export function computeOverview(profileId: string, input: TileInput): Overview {
  const tiles = [outportsTile, trackingTile, forwardsTile, blocksTile, simsTile, jobsTile].map((tile) => tile(input));
  const urgent = outportDeadline(URGENT_BUCKETS);
  const dueSoon = input.data.rows(PATHS.outports()).filter((row) => matchesPreset(row, urgent, input.now)).length;
  const interrupted = input.jobs.filter((job) => jobGroupOf(job) === 'interrupted').length;
  return {
    profileId,
    computedAt: input.now,
    asOf: input.data.oldest(OVERVIEW_PATHS()),
    tiles,
    badges: { outports: dueSoon, jobs: interrupted },
  };
}
