import { useTranslation } from 'react-i18next';
import type { OverviewEntry, OverviewLink, OverviewTile } from '../../../src-preload/contract/index.ts';
import { locale } from '../i18n/index.ts';
import { localized } from '../grid/format.ts';
import { amsterdamTime } from './amsterdam-time.ts';
import { MiniChart } from './MiniChart.tsx';

function durationText(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours >= 48) return `${Math.floor(hours / 24)} d ${hours % 24} h`;
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
}

/** One entry of a tile: a button when it leads somewhere, with its count or its measure. */
function EntryLine(props: { entry: OverviewEntry; onFollow: (link: OverviewLink) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { entry } = props;
  const number = new Intl.NumberFormat(locale());
  const name = localized(entry.label);
  const measure =
    entry.detail?.kind === 'seconds'
      ? t('overview.seconds', { time: durationText(entry.detail.value) })
      : entry.detail?.kind === 'date'
        ? t('overview.until', { date: amsterdamTime(entry.detail.value, false) })
        : entry.detail?.kind === 'of'
          ? t('overview.of', { count: entry.count, total: number.format(entry.detail.value) })
          : number.format(entry.count);
  const content = (
    <>
      <span className="entry-label">{name}</span>
      <span className="entry-value">{measure}</span>
    </>
  );
  return (
    <li>
      {entry.link ? (
        <button type="button" className="entry-line link" onClick={() => props.onFollow(entry.link!)}>
          {content}
        </button>
      ) : (
        <span className="entry-line">{content}</span>
      )}
    </li>
  );
}

export function Tile(props: { tile: OverviewTile; onFollow: (link: OverviewLink) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { tile } = props;
  const title = localized(tile.title);
  const number = new Intl.NumberFormat(locale());
  const chartEntries = tile.chart;
  // The tracking tile's chart is its list of longest outages; other tiles title the list under the chart.
  const chartIsList = tile.chart.some((entry) => entry.detail?.kind === 'seconds');
  return (
    <section className="overview-tile" aria-labelledby={`tile-${tile.id}`} data-tile={tile.id}>
      <header>
        <h2 id={`tile-${tile.id}`}>{title}</h2>
        {tile.empty ? <span className="hint">{t('overview.notCached')}</span> : null}
      </header>
      {tile.link ? (
        <button type="button" className="tile-count link" onClick={() => props.onFollow(tile.link!)}>
          <strong>{number.format(tile.count)}</strong> <span>{localized(tile.countLabel)}</span>
        </button>
      ) : (
        <p className="tile-count">
          <strong>{number.format(tile.count)}</strong> <span>{localized(tile.countLabel)}</span>
        </p>
      )}
      {chartEntries.length > 0 ? (
        <MiniChart
          entries={chartEntries}
          label={t('overview.chart', { title })}
          value={(entry) => (entry.detail?.kind === 'seconds' ? Math.round(entry.detail.value / 60) : entry.count)}
          onSelect={(entry) => entry.link && props.onFollow(entry.link)}
        />
      ) : null}
      {tile.listTitle && chartIsList ? <h3>{localized(tile.listTitle)}</h3> : null}
      <ul className="tile-entries" aria-label={title}>
        {tile.chart.map((entry) => (
          <EntryLine key={entry.key} entry={entry} onFollow={props.onFollow} />
        ))}
      </ul>
      {tile.list.length > 0 ? (
        <>
          {tile.listTitle && !chartIsList ? <h3>{localized(tile.listTitle)}</h3> : null}
          <ul className="tile-entries secondary">
            {tile.list.map((entry) => (
              <EntryLine key={entry.key} entry={entry} onFollow={props.onFollow} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
