import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheInfo } from '../../../src-preload/contract/index.ts';
import { locale } from '../i18n/index.ts';
import { describeError, noc } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { PreferenceSelects } from './PreferenceSelects.tsx';
import { ShellDialog } from './ShellDialog.tsx';

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/** Language, theme, parallel requests and the offline cache: what an operator may want to change, in one place. */
export function SettingsDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <ShellDialog open={props.open} onClose={props.onClose} title={t('settings.title')} closeLabel={t('settings.close')}>
      <SettingsBody />
    </ShellDialog>
  );
}

/** Mounted each time the dialog opens (Radix unmounts closed content), so its state starts fresh. */
function SettingsBody(): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const concurrency = useUiStore((state) => state.settings.concurrency);
  const profileName = useConnectionStore((state) => state.status.profileName);
  // what is being typed, until the field is left; the saved value otherwise
  const [draft, setDraft] = useState<string | null>(null);
  const [cache, setCache] = useState<CacheInfo | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void noc
      .invoke('cache:info', {})
      .then(setCache)
      .catch(() => setCache(null));
  }, []);

  const saveConcurrency = (text: string): void => {
    setDraft(text);
    const value = Number(text);
    if (Number.isInteger(value) && value >= 1 && value <= 16)
      void useUiStore.getState().updateSettings({ concurrency: value });
  };

  return (
    <>
      <div className="settings-grid">
        <h3>{t('settings.appearance')}</h3>
        <PreferenceSelects />
        <h3>{t('settings.connection')}</h3>
        <label htmlFor={`${id}-concurrency`}>{t('settings.concurrency')}</label>
        <input
          id={`${id}-concurrency`}
          type="number"
          min={1}
          max={16}
          value={draft ?? String(concurrency)}
          onBlur={() => setDraft(null)}
          aria-describedby={`${id}-concurrency-hint`}
          onChange={(event) => saveConcurrency(event.target.value)}
        />
        <p className="hint" id={`${id}-concurrency-hint`}>
          {t('settings.concurrencyHint')}
        </p>
        <h3>{t('settings.cache')}</h3>
        <span>{t('settings.cacheSize')}</span>
        <span>
          {cache?.profileId ? (
            <>
              {`${profileName ?? ''} · ${formatBytes(cache.sizeBytes)} `}
              <button
                type="button"
                className="button"
                onClick={() =>
                  void noc
                    .invoke('cache:clear', {})
                    .then((cleared) => {
                      setCache(cleared);
                      setNote({ text: t('settings.cacheCleared'), error: false });
                    })
                    .catch((failure: unknown) => setNote({ text: describeError(failure), error: true }))
                }
              >
                {t('settings.clearCache')}
              </button>
            </>
          ) : (
            t('settings.cacheNone')
          )}
        </span>
      </div>
      {note ? (
        <p role={note.error ? 'alert' : 'status'} className={note.error ? 'form-error' : 'hint'}>
          {note.text}
        </p>
      ) : null}
    </>
  );
}
