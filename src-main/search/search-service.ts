import type { SearchResult } from '../../src-preload/contract/overview.ts';
import { readCollections, type CachedCollections, type CollectionReader } from '../overview/cached-collections.ts';
import type { CollectionBinding } from '../overview/logical-rows.ts';
import { PATHS } from '../overview/fields.ts';
import { askPlatform, mergeGroups, plannedAsks, type PlatformFillDeps } from './platform-fill.ts';
import { buildSearchIndex, groupLabel, type SearchIndex } from './search-index.ts';
import { message } from '../../src-preload/contract/messages.ts';
import { operatorError } from '../ipc/operator-error.ts';

export interface SearchServiceDeps {
  profileId: () => string | null;
  cache: (profileId: string) => Promise<CollectionReader>;
  /** The platform's binding per collection: the index reads our logical names (none: the rows as they are). */
  binding?: CollectionBinding;
  /** Online only: the platform's documented filters fill in what the cache lacks. */
  platform?: Omit<PlatformFillDeps, 'binding'>;
  now?: () => number;
}

export interface SearchService {
  /** From the cache only; a fill still asking the platform for an earlier query is cancelled. */
  query(text: string, limit: number): Promise<SearchResult>;
  /** The cache's answer with what the platform's documented filters add (bounded; cancelled by the next query). */
  fill(text: string, limit: number): Promise<SearchResult>;
  related(iri: string, limit: number): Promise<SearchResult>;
  /** The cache changed (a refresh, a job, a profile switch): the next query builds the index again. */
  invalidate(): void;
}

const SEARCHED_PATHS = (): string[] => [
  PATHS.customers(),
  PATHS.numbers(),
  PATHS.blocks(),
  PATHS.forwards(),
  PATHS.x2voipNumbers(),
  PATHS.outports(),
  PATHS.sims(),
  PATHS.devices(),
];

interface Built {
  index: SearchIndex;
  data: CachedCollections;
  asOf: number | null;
}

/** Keeps one index of the profile on screen, built from its cache on the first query after a change. */
export function createSearchService(deps: SearchServiceDeps): SearchService {
  const now = deps.now ?? (() => performance.now());
  let built: { profileId: string; index: Promise<Built> } | null = null;
  let filling: AbortController | null = null;
  const current = (): Promise<Built> => {
    const profileId = deps.profileId();
    if (!profileId) throw operatorError('NOT_CONNECTED', message('errors.notConnected'));
    if (built?.profileId !== profileId) {
      const index = (async () => {
        const data = await readCollections(await deps.cache(profileId), SEARCHED_PATHS(), deps.binding);
        return { index: buildSearchIndex(data), data, asOf: data.oldest(SEARCHED_PATHS()) };
      })();
      built = { profileId, index };
      index.catch(() => {
        if (built?.index === index) built = null;
      });
    }
    return built.index;
  };
  const answer = async (query: string, ask: (index: SearchIndex) => SearchResult['groups']): Promise<SearchResult> => {
    const { index, asOf } = await current();
    const started = now();
    const groups = ask(index);
    return { query, groups, tookMs: now() - started, asOf };
  };
  const cancelFill = (): void => {
    filling?.abort();
    filling = null;
  };
  return {
    query(text, limit) {
      cancelFill();
      return answer(text, (index) => index.query(text, limit));
    },
    async fill(text, limit) {
      cancelFill();
      const controller = new AbortController();
      filling = controller;
      const { index, data, asOf } = await current();
      const started = now();
      const fromCache = index.query(text, limit);
      const platform = deps.platform;
      const client = platform?.client() ?? null;
      const cacheOnly = (): SearchResult => ({ query: text, groups: fromCache, tookMs: now() - started, asOf });
      if (!platform || !client) return cacheOnly();
      const fillDeps: PlatformFillDeps = { ...platform, ...(deps.binding ? { binding: deps.binding } : {}) };
      const asks = plannedAsks(fillDeps, text, data, fromCache);
      if (asks.length === 0) return cacheOnly();
      try {
        const found = await askPlatform(fillDeps, client, asks, limit, controller.signal);
        return {
          query: text,
          groups: mergeGroups(fromCache, found.hits, groupLabel, limit),
          tookMs: now() - started,
          asOf,
          platform: { requests: found.requests, failed: null },
        };
      } catch (failure) {
        // cancelled because the user typed on: nobody waits for this answer any more
        if (controller.signal.aborted) throw failure;
        return { ...cacheOnly(), platform: { requests: asks.length, failed: 'not-answered' } };
      } finally {
        if (filling === controller) filling = null;
      }
    },
    related: (iri, limit) => answer(iri, (index) => index.related(iri, limit)),
    invalidate() {
      built = null;
    },
  };
}
