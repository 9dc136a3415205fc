import type { BulkEngine } from '../bulk/index.ts';
import { rowHistory } from '../history/row-history.ts';
import type { Handler } from '../ipc/router.ts';
import type { OverviewService } from '../overview/overview-service.ts';
import type { SearchService } from '../search/search-service.ts';

const DEFAULT_HITS_PER_GROUP = 20;

export function createOverviewHandlers(deps: {
  overview: OverviewService;
  search: SearchService;
  bulk: () => Promise<BulkEngine>;
}): {
  'overview:get': Handler<'overview:get'>;
  'search:query': Handler<'search:query'>;
  'search:fill': Handler<'search:fill'>;
  'search:related': Handler<'search:related'>;
  'history:row': Handler<'history:row'>;
  'blocks:usage': Handler<'blocks:usage'>;
} {
  return {
    'overview:get': (input) => deps.overview.get(input),
    'search:query': ({ query, limit }) => deps.search.query(query, limit ?? DEFAULT_HITS_PER_GROUP),
    'search:fill': ({ query, limit }) => deps.search.fill(query, limit ?? DEFAULT_HITS_PER_GROUP),
    'search:related': ({ iri, limit }) => deps.search.related(iri, limit ?? DEFAULT_HITS_PER_GROUP),
    'blocks:usage': () => deps.overview.blockUsage(),
    'history:row': async ({ iri }) => {
      const engine = await deps.bulk();
      return rowHistory({ auditRows: () => engine.auditRows(), list: () => engine.list() }, iri);
    },
  };
}
