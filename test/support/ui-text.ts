import i18next from 'i18next';
import type { UiText } from '../../src-preload/contract/messages.ts';
import { en } from '../../src-renderer/src/i18n/en.ts';
import { messagesEn } from '../../src-renderer/src/i18n/messages.en.ts';
import { messagesNl } from '../../src-renderer/src/i18n/messages.nl.ts';
import { nl } from '../../src-renderer/src/i18n/nl.ts';

/**
 * What an operator reads for a text main sends, rendered from the renderer's own catalogs: tests of main assert
 * the words, not the message codes.
 */
const instances = new Map<'en' | 'nl', typeof i18next>();

function instance(language: 'en' | 'nl'): typeof i18next {
  let found = instances.get(language);
  if (!found) {
    found = i18next.createInstance();
    void found.init({
      resources: { en: { translation: { ...en, msg: messagesEn } }, nl: { translation: { ...nl, msg: messagesNl } } },
      lng: language,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    found.services.formatter?.add('lower', (value: string) => value.toLocaleLowerCase(language));
    instances.set(language, found);
  }
  return found;
}

function render(text: UiText | string, language: 'en' | 'nl'): string {
  if (typeof text === 'string') return text;
  if (!('code' in text)) return text[language];
  const i18n = instance(language);
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) {
    params[name] =
      value === null || typeof value !== 'object'
        ? value
        : Array.isArray(value)
          ? new Intl.ListFormat(language).format(value.map((item: UiText | string) => render(item, language)))
          : render(value as UiText, language);
  }
  const key = `msg.${text.code}`;
  if (!i18n.exists(key, params)) throw new Error(`The catalog has no text for ${text.code}`);
  return i18n.t(key, params);
}

export function english(text: UiText | string): string;
export function english(text: UiText | string | null | undefined): string | undefined;
export function english(text: UiText | string | null | undefined): string | undefined {
  return text == null ? undefined : render(text, 'en');
}

export function dutch(text: UiText | string): string;
export function dutch(text: UiText | string | null | undefined): string | undefined;
export function dutch(text: UiText | string | null | undefined): string | undefined {
  return text == null ? undefined : render(text, 'nl');
}
