import type { Handler } from '../ipc/router.ts';
import type { RelatedQuery, RelatedRows } from '../../src-preload/contract/index.ts';

export function createRelatedHandlers(related: (query: RelatedQuery, signal?: AbortSignal) => Promise<RelatedRows>): {
  'platform:related': Handler<'platform:related'>;
} {
  return { 'platform:related': (query, { signal }) => related(query, signal) };
}
