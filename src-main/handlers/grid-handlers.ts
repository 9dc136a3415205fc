import { columnStateSchema, type ColumnState, type GridTarget } from '../../src-preload/contract/grids.ts';
import type { Row } from '../../src-preload/contract/grids.ts';
import { message } from '../../src-preload/contract/messages.ts';
import type { ConnectionManager } from '../connection/connection-manager.ts';
import type { GridService } from '../grids/grid-service.ts';
import type { ProfileCaches } from '../grids/profile-caches.ts';
import { resourceModels } from '../api-model/index.ts';
import { AppError } from '../ipc/app-error.ts';
import { logText } from '../logging/ui-text.ts';
import type { Handler } from '../ipc/router.ts';
import { getResource } from '../resources/index.ts';
import { isItemIri } from '../security/item-iri.ts';
import type { KeyValueStore } from '../settings/key-value-store.ts';

const COLUMN_STATES_KEY = 'columnStates';
const ITEM_COLLECTIONS: ReadonlySet<string> = new Set(resourceModels.map((model) => model.path));

function itemRefused(): AppError {
  const text = message('grids.itemLinkRefused');
  return new AppError('ITEM_LINK_REFUSED', logText(text), { text });
}

/** Only the grids that exist get a settings entry: the renderer cannot fill the settings file with keys. */
function isKnownTarget(target: GridTarget): boolean {
  const descriptor = getResource(target.resource)?.descriptor;
  return descriptor !== undefined && (!target.tab || descriptor.tabs.some((tab) => tab.id === target.tab));
}

function columnStateKey(profileId: string, target: GridTarget): string {
  return `${profileId}|${target.resource}${target.tab ? `#${target.tab}` : ''}`;
}

export function createGridHandlers(deps: {
  grids: GridService;
  connection: ConnectionManager;
  caches: ProfileCaches;
  settings: KeyValueStore;
}): {
  'grid:open': Handler<'grid:open'>;
  'grid:refresh': Handler<'grid:refresh'>;
  'grid:cancel-refresh': Handler<'grid:cancel-refresh'>;
  'grid:lookups': Handler<'grid:lookups'>;
  'grid:column-state:get': Handler<'grid:column-state:get'>;
  'grid:column-state:set': Handler<'grid:column-state:set'>;
  'platform:get-item': Handler<'platform:get-item'>;
  'cache:info': Handler<'cache:info'>;
  'cache:clear': Handler<'cache:clear'>;
} {
  const { grids, connection, caches, settings } = deps;
  const columnStates = (): Record<string, unknown> => {
    const stored = settings.get(COLUMN_STATES_KEY);
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  };
  const cacheInfo = async (): Promise<{ profileId: string | null; sizeBytes: number }> => {
    const profileId = connection.profileId();
    if (!profileId) return { profileId: null, sizeBytes: 0 };
    return { profileId, sizeBytes: await (await caches.forProfile(profileId)).sizeBytes() };
  };
  return {
    'grid:open': (target) => grids.open(target),
    'grid:refresh': (target) => ({ started: grids.refresh(target) }),
    'grid:cancel-refresh': (target) => ({ cancelled: grids.cancel(target) }),
    'grid:lookups': (target, { signal }) => grids.lookups(target, signal),
    'grid:column-state:get': (target) => {
      const profileId = connection.profileId();
      if (!profileId) return null;
      const parsed = columnStateSchema.safeParse(columnStates()[columnStateKey(profileId, target)]);
      return parsed.success ? parsed.data : null;
    },
    'grid:column-state:set': ({ state, ...target }) => {
      const profileId = connection.profileId();
      if (!profileId || !isKnownTarget(target)) return { saved: false };
      const next: Record<string, ColumnState> = {
        ...(columnStates() as Record<string, ColumnState>),
        [columnStateKey(profileId, target)]: state,
      };
      settings.set(COLUMN_STATES_KEY, next);
      return { saved: true };
    },
    'platform:get-item': async ({ iri }, { signal }) => {
      if (!isItemIri(iri, ITEM_COLLECTIONS)) throw itemRefused();
      return connection.client().request<Row>({ method: 'GET', path: iri, signal });
    },
    'cache:info': () => cacheInfo(),
    'cache:clear': async () => {
      const profileId = connection.profileId();
      if (profileId) {
        await (await caches.forProfile(profileId)).clear();
        grids.reset();
      }
      return cacheInfo();
    },
  };
}
