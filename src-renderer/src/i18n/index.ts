import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguagePreference } from '../../../src-preload/contract/index.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

export type Language = 'en' | 'nl';

export function resolveLanguage(preference: LanguagePreference): Language {
  if (preference !== 'system') return preference;
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('nl')) ? 'nl' : 'en';
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, nl: { translation: nl } },
  lng: resolveLanguage('system'),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const i18n = i18next;

/** The locale for numbers and dates: the UI language, in the Netherlands' or the user's own conventions. */
export function locale(): string {
  return i18next.language === 'nl' ? 'nl-NL' : navigator.language || 'en-GB';
}
