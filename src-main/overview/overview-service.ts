import type { BulkJobSummary } from '../../src-preload/contract/bulk.ts';
import type { GridTarget } from '../../src-preload/contract/grids.ts';
import type { BlockUsage, Overview } from '../../src-preload/contract/overview.ts';
import { blockUsage } from './block-usage.ts';
import { getResource } from '../resources/index.ts';
import { readCollections, type CollectionReader } from './cached-collections.ts';
import { computeOverview, OVERVIEW_PATHS } from './compute-overview.ts';
import { PATHS } from './fields.ts';
import type { CollectionBinding } from './logical-rows.ts';
import { bindLinks, type LinkBinding } from './bind-links.ts';
import { message } from '../../src-preload/contract/messages.ts';
import { operatorError } from '../ipc/operator-error.ts';

export interface OverviewServiceDeps {
  profileId: () => string | null;
  cache: (profileId: string) => Promise<CollectionReader>;
  /** The jobs of the profile on screen; [] when the journal cannot be opened. */
  jobs: () => Promise<readonly BulkJobSummary[]>;
  isConnected: () => boolean;
  /** Starts a background refresh of a grid's collection (the grid service's). */
  refresh: (target: GridTarget) => boolean;
  /** Fetches and caches a resource's lookup collections (customers, X2VoIP numbers). */
  lookups: (target: GridTarget) => Promise<unknown>;
  /**
   * The platform's binding per collection: the tiles read rows under our logical names and values, and their links
   * filter the grids by the platform's (none: our names are the platform's).
   */
  binding?: CollectionBinding;
  now?: () => number;
}

/** What the overview reads, as the grids that fill those collections. */
const SOURCES: { target: GridTarget; path: () => string }[] = [
  { target: { resource: 'outports' }, path: PATHS.outports },
  { target: { resource: 'tracking-devices' }, path: PATHS.devices },
  { target: { resource: 'tracking-devices', tab: 'outage-report' }, path: PATHS.outages },
  { target: { resource: 'scheduled-forwards' }, path: PATHS.forwards },
  { target: { resource: 'number-blocks' }, path: PATHS.blocks },
  { target: { resource: 'sim-cards' }, path: PATHS.sims },
  { target: { resource: 'phone-numbers' }, path: PATHS.numbers },
];

export interface OverviewService {
  /** The overview from the cache as it is; when connected, missing collections (or, asked, all) are fetched. */
  get(options: { refresh?: boolean }): Promise<Overview>;
  blockUsage(): Promise<BlockUsage>;
}

/** A grid's binding by its resource id (the registry's collection of that resource). */
const linkBinding =
  (binding: CollectionBinding): LinkBinding =>
  (resource) => {
    const definition = getResource(resource);
    return definition ? binding(definition.model.path) : null;
  };

export function createOverviewService(deps: OverviewServiceDeps): OverviewService {
  const now = deps.now ?? Date.now;
  const profile = (): string => {
    const profileId = deps.profileId();
    if (!profileId) throw operatorError('NOT_CONNECTED', message('errors.notConnected'));
    return profileId;
  };
  return {
    async blockUsage() {
      const cache = await deps.cache(profile());
      return blockUsage(await readCollections(cache, [PATHS.blocks(), PATHS.numbers()], deps.binding));
    },
    async get({ refresh }) {
      const profileId = deps.profileId();
      if (!profileId) throw operatorError('NOT_CONNECTED', message('errors.notConnected'));
      const cache = await deps.cache(profileId);
      const data = await readCollections(cache, OVERVIEW_PATHS(), deps.binding);
      if (deps.isConnected()) {
        // The grids' own refresh fills the cache; the renderer asks again when their syncs end.
        for (const source of SOURCES) {
          const cached = data.has(source.path()) || (await cache.readJsonStream(source.path())) !== null;
          if (refresh || !cached) deps.refresh(source.target);
        }
        const lookupsMissing =
          (await cache.readJsonStream(PATHS.customers())) === null ||
          (await cache.readJsonStream(PATHS.x2voipNumbers())) === null;
        if (refresh || lookupsMissing) {
          void deps.lookups({ resource: 'phone-numbers' }).catch(() => undefined);
          void deps.lookups({ resource: 'scheduled-forwards' }).catch(() => undefined);
        }
      }
      const jobs = await deps.jobs().catch(() => []);
      const overview = computeOverview(profileId, { data, jobs, now: now() });
      return deps.binding ? bindLinks(overview, linkBinding(deps.binding)) : overview;
    },
  };
}
