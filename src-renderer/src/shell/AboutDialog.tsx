import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheInfo } from '../../../src-preload/contract/index.ts';
import { locale } from '../i18n/index.ts';
import { describeError, noc } from '../noc.ts';
import { useUiStore } from '../state/ui-store.ts';

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

export function AboutDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const appInfo = useUiStore((state) => state.appInfo);
  const concurrency = useUiStore((state) => state.settings.concurrency);
  const [cache, setCache] = useState<CacheInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      element.showModal();
      void useUiStore.getState().loadAppInfo();
      void noc
        .invoke('cache:info', {})
        .then(setCache)
        .catch(() => setCache(null));
    } else if (!props.open && element.open) {
      element.close();
    }
  }, [props.open]);

  const runtime = appInfo?.runtime;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="about-title" onClose={props.onClose}>
      <h2 id="about-title">{t('about.title')}</h2>
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
          <dt>{t('about.cacheSize')}</dt>
          <dd>
            {cache ? formatBytes(cache.sizeBytes) : '—'}{' '}
            {cache?.profileId ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void noc
                    .invoke('cache:clear', {})
                    .then(setCache)
                    .catch((failure: unknown) => setProblem(describeError(failure)))
                }
              >
                {t('about.clearCache')}
              </button>
            ) : null}
          </dd>
        </dl>
      ) : (
        <p>{t('about.loading')}</p>
      )}
      <label className="preference-select">
        <span>{t('about.concurrency')}</span>
        <input
          type="number"
          min={1}
          max={16}
          value={concurrency}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= 1 && value <= 16)
              void useUiStore.getState().updateSettings({ concurrency: value });
          }}
        />
      </label>
      {problem ? <p className="form-error">{problem}</p> : null}
      <form method="dialog">
        <button type="submit" className="button primary">
          {t('about.close')}
        </button>
      </form>
    </dialog>
  );
}
