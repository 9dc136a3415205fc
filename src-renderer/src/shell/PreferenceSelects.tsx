import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguagePreference, ThemePreference } from '../../../src-preload/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';

const THEMES: ThemePreference[] = ['system', 'light', 'dark'];
const LANGUAGES: LanguagePreference[] = ['system', 'en', 'nl'];

/** Theme and language, both remembered by main: label and control pairs for the Settings dialog's grid. */
export function PreferenceSelects(): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const settings = useUiStore((state) => state.settings);
  const update = useUiStore((state) => state.updateSettings);
  return (
    <>
      <label htmlFor={`${id}-language`}>{t('header.language')}</label>
      <select
        id={`${id}-language`}
        value={settings.language}
        onChange={(event) =>
          void update({ language: LANGUAGES.find((language) => language === event.target.value) ?? 'system' })
        }
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`}>{t('header.theme')}</label>
      <select
        id={`${id}-theme`}
        value={settings.theme}
        onChange={(event) => void update({ theme: THEMES.find((theme) => theme === event.target.value) ?? 'system' })}
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`theme.${theme}`)}
          </option>
        ))}
      </select>
    </>
  );
}
