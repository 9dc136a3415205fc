import { useTranslation } from 'react-i18next';
import { renderText } from '../i18n/index.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { problemText } from './problem-text.ts';

/** A switch that did not happen: which profile, why, and that the working connection stayed. */
export function SwitchFailureNotice(): React.JSX.Element | null {
  const { t } = useTranslation();
  const failure = useConnectionStore((state) => state.switchFailure);
  if (!failure) return null;
  return (
    <div role="alert" className="notice">
      {t('profiles.switchFailed', {
        name: failure.profileName,
        reason: problemText(t, failure.problem, failure.reason ? renderText(failure.reason) : failure.message),
        current: failure.currentName ?? t('status.noProfile'),
      })}
      <button
        type="button"
        className="button ghost"
        onClick={() => useConnectionStore.getState().dismissSwitchFailure()}
      >
        {t('common.dismiss')}
      </button>
    </div>
  );
}
