import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/index.ts';
import { PresetChip } from '../overview/PresetChip.tsx';
import { useConnectionStore } from '../state/connection-store.ts';
import { writesDisabledText } from '../shell/problem-text.ts';
import type { GridPreset } from '../state/ui-store.ts';
import { formatTime, localized } from './format.ts';
import { ListingNotice } from './ListingNotice.tsx';
import type { GridData } from './use-grid-data.ts';

/** The line under the toolbar: how fresh the rows are, loading and refresh progress, what went wrong. */
export function GridStatus({
  data,
  preset,
  notice,
}: {
  data: GridData;
  preset: GridPreset | null;
  notice: string | null;
}): React.JSX.Element {
  const { t } = useTranslation();
  const status = useConnectionStore((state) => state.status);
  const number = new Intl.NumberFormat(locale());
  const offline = status.state === 'offline';
  const { progress } = data;
  return (
    <div className="grid-status">
      {preset ? <PresetChip label={localized(preset.label)} /> : null}
      {offline ? (
        <span className="badge offline">
          {status.problem ? t(`problem.short.${status.problem.code}`) : t('grid.offline')}
        </span>
      ) : null}
      <span className="as-of" data-fetched-at={data.fetchedAt ?? undefined}>
        {data.fetchedAt ? t('grid.asOf', { time: formatTime(data.fetchedAt) }) : t('grid.notYetLoaded')}
      </span>
      {status.isDemo ? <span className="hint">· {t('grid.demo')}</span> : null}
      {data.fetchedAt && !data.complete ? <span className="hint">· {t('grid.incomplete')}</span> : null}
      {data.loading ? (
        <span className="progress">
          <progress aria-label={t('grid.loadingRows')} value={data.loading.loaded} max={data.loading.total} />
          {t('grid.loadingCached', {
            loaded: number.format(data.loading.loaded),
            total: number.format(data.loading.total),
          })}
        </span>
      ) : null}
      {progress ? (
        <span className="progress">
          <progress aria-label={t('grid.refresh')} value={progress.items} max={progress.total ?? undefined} />
          {progress.total !== null
            ? t('grid.refreshing', { items: progress.items, total: progress.total })
            : t('grid.refreshingUnknown', { items: progress.items })}
        </span>
      ) : null}
      {offline ? <span className="hint">{writesDisabledText(t, status)}</span> : null}
      {data.syncMessage ? (
        <span className="form-error inline-error">{t('grid.refreshFailed', { message: data.syncMessage })}</span>
      ) : null}
      {data.syncGap ? <ListingNotice paused={data.syncGap.paused} gap={data.syncGap.gap} /> : null}
      {data.openError ? <span className="form-error inline-error">{data.openError}</span> : null}
      {notice ? (
        <span className="hint" role="status">
          {notice}
        </span>
      ) : null}
    </div>
  );
}
