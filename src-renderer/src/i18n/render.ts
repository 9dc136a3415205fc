import type { Message, MessageParam, UiText } from '../../../src-preload/contract/index.ts';
import { NOC_TIME_ZONE } from '../../../src-preload/contract/shared/deadlines.ts';
import i18n from 'i18next';

/** The locale for numbers and dates: the UI language, in the Netherlands' or the user's own conventions. */
export function locale(): string {
  return i18n.language === 'nl' ? 'nl-NL' : navigator.language || 'en-GB';
}

function isMessage(value: MessageParam | UiText): value is Message {
  return typeof value === 'object' && value !== null && 'code' in value;
}

function renderParam(value: MessageParam): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = (value as readonly MessageParam[]).map((item) => String(renderParam(item)));
    return new Intl.ListFormat(i18n.language === 'nl' ? 'nl' : 'en', { type: 'conjunction' }).format(items);
  }
  return renderText(value as UiText);
}

/**
 * The operator's text for what main sent: a message rendered from the catalog (`msg.<code>`) in the UI's language,
 * or a text main still holds in both languages. A code the catalog lacks shows its English fallback, never the code.
 */
export function renderText(text: UiText | string): string {
  if (typeof text === 'string') return text;
  if (!isMessage(text)) return i18n.language === 'nl' ? text.nl : text.en;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) params[name] = renderParam(value);
  // a status value is translated by the renderer's status catalog, in the platform's spelling when it has none
  if (text.code === 'common.status' && typeof params['value'] === 'string') {
    const status = `statusValue.${params['value']}`;
    return i18n.exists(status) ? i18n.t(status) : params['value'];
  }
  const key = `msg.${text.code}`;
  return i18n.exists(key, params) ? i18n.t(key, params) : i18n.t('msg.common.unknown', { code: text.code });
}

/** A span of seconds as people say it: "6 d 4 h", "4 h 12 min", "12 min", "45 s" (two units at most). */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const t = (unit: 'd' | 'h' | 'min' | 's', n: number): string => i18n.t(`units.${unit}`, { n });
  const pair = (big: 'd' | 'h', small: 'h' | 'min', a: number, b: number): string =>
    b > 0 ? `${t(big, a)} ${t(small, b)}` : t(big, a);
  // The smaller unit is rounded, not cut: 6 d 3 h 59 min reads "6 d 4 h".
  const hours = Math.round(total / 3_600);
  if (hours >= 24) return pair('d', 'h', Math.floor(hours / 24), hours % 24);
  const minutes = Math.round(total / 60);
  if (minutes >= 60) return pair('h', 'min', Math.floor(minutes / 60), minutes % 60);
  return total >= 60 ? t('min', minutes) : t('s', total);
}

const dateTimes = new Map<string, Intl.DateTimeFormat>();
/** A moment as the NOC reads it: Europe/Amsterdam, in the UI's language; `date` leaves the time out. */
export function formatMoment(value: number | string, style: 'datetime' | 'date' = 'datetime'): string {
  const time = typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(time)) return String(value);
  const key = `${i18n.language}|${style}`;
  let format = dateTimes.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), {
      timeZone: NOC_TIME_ZONE,
      dateStyle: 'medium',
      ...(style === 'datetime' ? { timeStyle: 'short' } : {}),
    });
    dateTimes.set(key, format);
  }
  return format.format(time);
}

/** Catalog strings format with `{{n, number}}` (built in), `{{at, moment}}`, `{{at, day}}`, `{{s, duration}}` and `{{label, lower}}`. */
export function registerFormatters(): void {
  const formatter = i18n.services.formatter;
  if (!formatter) return;
  formatter.add('moment', (value: number | string) => formatMoment(value));
  formatter.add('day', (value: number | string) => formatMoment(value, 'date'));
  formatter.add('duration', (value: number) => formatDuration(value));
  formatter.add('lower', (value: string) => value.toLocaleLowerCase(locale()));
}
