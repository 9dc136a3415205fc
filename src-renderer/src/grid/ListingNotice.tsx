import { useTranslation } from 'react-i18next';
import type { ListingGap } from '../../../src-preload/contract/index.ts';
import { locale } from '../i18n/index.ts';
import { useHoldText } from '../shell/StatusBar.tsx';

/** What a refresh that stopped early has read, what is missing and why, and (when paused) until when. */
export function ListingNotice(props: { paused: boolean; gap: ListingGap }): React.JSX.Element | null {
  const { t } = useTranslation();
  const { gap } = props;
  const holdText = useHoldText(props.paused ? gap.hold : null);
  const number = new Intl.NumberFormat(locale());
  const items = number.format(gap.items);
  const total = gap.total === null ? '?' : number.format(gap.total);
  if (props.paused) {
    if (!holdText) return null;
    return (
      <span className="hint" role="status">
        {t('grid.refreshPaused', { hold: holdText, items, total })}
      </span>
    );
  }
  const pages = gap.pagesTotal === null ? gap.missingPages.length : gap.pagesTotal - gap.pagesRead;
  return (
    <span className="hint" role="status">
      {t('grid.refreshIncomplete', {
        items,
        total,
        pages: number.format(pages),
        reason: t(`grid.gapCause.${gap.cause}`),
      })}
    </span>
  );
}
