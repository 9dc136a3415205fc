import type { SearchResult } from '../../src-preload/contract/overview.ts';
import { AppError } from '../ipc/app-error.ts';
import { readCollections, type CollectionReader } from '../overview/cached-collections.ts';
import type { CollectionBinding } from '../overview/logical-rows.ts';
import { PATHS } from '../overview/fields.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

export interface SearchServiceDeps {
  profileId: () => string | null;
  cache: (profileId: string) => Promise<CollectionReader>;
  /** The platform's binding per collection: the index reads our logical names (none: the rows as they are). */
  binding?: CollectionBinding;
  now?: () => number;
}

export interface SearchService {
  query(text: string, limit: number): Promise<SearchResult>;
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

/** Keeps one index of the profile on screen, built from its cache on the first query after a change. */
export function createSearchService(deps: SearchServiceDeps): SearchService {
  const now = deps.now ?? (() => performance.now());
  let built: { profileId: string; index: Promise<{ index: SearchIndex; asOf: number | null }> } | null = null;
  const current = (): Promise<{ index: SearchIndex; asOf: number | null }> => {
    const profileId = deps.profileId();
    if (!profileId) throw new AppError('NOT_CONNECTED', 'No profile is selected. Open Profiles and connect one.');
    if (built?.profileId !== profileId) {
      const index = (async () => {
        const data = await readCollections(await deps.cache(profileId), SEARCHED_PATHS(), deps.binding);
        return { index: buildSearchIndex(data), asOf: data.oldest(SEARCHED_PATHS()) };
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
  return {
    query: (text, limit) => answer(text, (index) => index.query(text, limit)),
    related: (iri, limit) => answer(iri, (index) => index.related(iri, limit)),
    invalidate() {
      built = null;
    },
  };
}
