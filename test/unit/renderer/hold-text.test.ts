import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src-renderer/src/i18n/en.ts';
import { nl } from '../../../src-renderer/src/i18n/nl.ts';
import { holdWords, waitKey } from '../../../src-renderer/src/shell/hold-text.ts';

async function sentence(lng: 'en' | 'nl', locale: string, hold: Parameters<typeof holdWords>[0], now: number) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, nl: { translation: nl } } });
  const words = holdWords(hold, now, locale);
  const wait = i18n.t(waitKey(words.wait), { n: words.wait.n, minutes: words.wait.minutes });
  return i18n.t(words.key, { time: words.time, wait });
}

describe('a spent budget, in words', () => {
  // 09:07 UTC is 10:07 in Amsterdam in November
  const until = Date.parse('2026-11-27T09:07:00Z');
  const now = until - 59 * 60_000 + 20_000;

  it('says the hourly limit is reached and the Dutch clock time work continues, in English and Dutch', async () => {
    expect(await sentence('en', 'en-GB', { until, reason: 'hour' }, now)).toBe(
      'Hourly limit reached — continuing at 10:07 (in 59 min)',
    );
    expect(await sentence('nl', 'nl-NL', { until, reason: 'hour' }, now)).toBe(
      'Uurlimiet bereikt — verder om 10:07 (over 59 min)',
    );
  });

  it('says so for the daily limit too, with the weekday when it is far off, and counts seconds at the end', async () => {
    const dayUntil = Date.parse('2026-11-28T06:30:00Z');
    expect(await sentence('en', 'en-GB', { until: dayUntil, reason: 'day' }, now)).toMatch(
      /^Daily limit reached — continuing at Sat 07:30 \(in 22 h \d+ min\)$/,
    );
    expect(await sentence('nl', 'nl-NL', { until, reason: 'retry-after' }, until - 40_000)).toBe(
      'Het platform vraagt te wachten — verder om 10:07 (over 40 s)',
    );
  });
});
