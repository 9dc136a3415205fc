import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguagePreference } from '../../../src-preload/contract/index.ts';
import { en } from './en.ts';
import { messagesEn } from './messages.en.ts';
import { messagesNl } from './messages.nl.ts';
import { nl } from './nl.ts';
import { registerFormatters } from './render.ts';

export type Language = 'en' | 'nl';

export function resolveLanguage(preference: LanguagePreference): Language {
  if (preference !== 'system') return preference;
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('nl')) ? 'nl' : 'en';
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: { ...en, msg: messagesEn } }, nl: { translation: { ...nl, msg: messagesNl } } },
  lng: resolveLanguage('system'),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

registerFormatters();

export const i18n = i18next;
export { formatDuration, formatMoment, locale, renderText } from './render.ts';
