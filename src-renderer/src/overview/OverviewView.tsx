import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { amsterdamTime } from './amsterdam-time.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { followLink } from './follow-link.ts';
import { useOverviewStore } from './overview-store.ts';
import { Tile } from './Tile.tsx';

/** What needs the NOC today, from the profile's cache ("as of"), every count a link to its rows. */
export function OverviewView(props: { onOpenJobs: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { overview, error, loading } = useOverviewStore();
  const status = useConnectionStore((state) => state.status);

  useEffect(() => {
    if (status.profileId) void useOverviewStore.getState().load();
  }, [status.profileId, status.state]);

  return (
    <section className="overview-view" aria-labelledby="view-title">
      <div className="view-heading">
        <h1 id="view-title">{t('overview.title')}</h1>
        <span className="as-of" data-fetched-at={overview?.asOf ?? undefined}>
          {overview?.asOf ? t('overview.asOf', { time: amsterdamTime(overview.asOf) }) : null}
          {status.state === 'offline' ? ` · ${t('overview.fromCache')}` : null}
        </span>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="button"
          disabled={status.state !== 'connected' || loading}
          onClick={() => void useOverviewStore.getState().load(true)}
        >
          {t('overview.refresh')}
        </button>
      </div>
      {error ? <p className="form-error">{error}</p> : null}
      {!status.profileId ? (
        <div className="empty-state">
          <p className="empty-title">{t('grid.connectFirst')}</p>
        </div>
      ) : !overview ? (
        <p className="hint">{t('overview.loading')}</p>
      ) : (
        <div className="overview-tiles">
          {overview.tiles.map((tile) => (
            <Tile key={tile.id} tile={tile} onFollow={(link) => followLink(link, props.onOpenJobs)} />
          ))}
        </div>
      )}
    </section>
  );
}
