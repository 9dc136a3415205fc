import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store.ts';
import { ShellDialog } from './ShellDialog.tsx';

/** Version and runtime; the settings that used to sit here are in the Settings dialog. */
export function AboutDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const appInfo = useUiStore((state) => state.appInfo);

  useEffect(() => {
    if (props.open) void useUiStore.getState().loadAppInfo();
  }, [props.open]);

  const runtime = appInfo?.runtime;
  return (
    <ShellDialog open={props.open} onClose={props.onClose} title={t('about.title')} closeLabel={t('about.close')}>
      {appInfo ? (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd>{appInfo.version}</dd>
          <dt>{t('about.runtime')}</dt>
          <dd>{runtime?.kind === 'electron' ? t('about.electron') : t('about.bridge')}</dd>
          {runtime?.kind === 'electron' ? (
            <>
              <dt>{t('about.electron')}</dt>
              <dd>{runtime.electron}</dd>
              <dt>{t('about.chromium')}</dt>
              <dd>{runtime.chrome}</dd>
            </>
          ) : null}
          <dt>{t('about.node')}</dt>
          <dd>{runtime?.node}</dd>
          <dt>{t('about.platform')}</dt>
          <dd>{appInfo.platform}</dd>
        </dl>
      ) : (
        <p>{t('about.loading')}</p>
      )}
    </ShellDialog>
  );
}
