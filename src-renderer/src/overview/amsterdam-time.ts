import { NOC_TIME_ZONE } from '../../../src-preload/contract/shared/deadlines.ts';
import { i18n, locale } from '../i18n/index.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as the NOC reads it: date and time in Europe/Amsterdam, in the UI's language. */
export function amsterdamTime(epochMs: number, withTime = true): string {
  const key = `${i18n.language}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), {
      timeZone: NOC_TIME_ZONE,
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formats.set(key, format);
  }
  return format.format(epochMs);
}
