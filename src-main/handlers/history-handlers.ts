import type { HistoryService } from '../history/history-service.ts';
import type { Handler } from '../ipc/router.ts';

const DEFAULT_JOBS = 200;
const DEFAULT_AUDIT_ROWS = 1000;

export function createHistoryHandlers(history: HistoryService): {
  'history:search': Handler<'history:search'>;
  'history:audit': Handler<'history:audit'>;
  'history:export': Handler<'history:export'>;
} {
  return {
    'history:search': ({ limit, ...filter }) => history.search(filter, limit ?? DEFAULT_JOBS),
    'history:audit': ({ limit, ...input }) => history.audit({ ...input, limit: limit ?? DEFAULT_AUDIT_ROWS }),
    'history:export': ({ profileId, jobId }) => history.exportCsv(profileId, jobId),
  };
}
