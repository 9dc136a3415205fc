import { afterEach, describe, expect, it } from 'vitest';
import { message } from '../../../src-preload/contract/messages.ts';
import { csvExportCell } from '../../../src-renderer/src/grid/csv-cell.ts';
import { formatDuration, formatMoment, i18n, renderText } from '../../../src-renderer/src/i18n/index.ts';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('messages from main', () => {
  it('render from the catalog in the UI language, nested messages and labels in both languages included', async () => {
    const text = message('common.unknown', { code: 'x.y' });
    expect(renderText(text)).toBe('The console has no text for this message (x.y).');
    await i18n.changeLanguage('nl');
    expect(renderText(text)).toBe('De console heeft geen tekst voor deze melding (x.y).');
    expect(renderText({ en: 'Number', nl: 'Nummer' })).toBe('Nummer');
    expect(renderText(message('common.unknown', { code: message('common.technicalDetails') }))).toBe(
      'De console heeft geen tekst voor deze melding (Technische details).',
    );
  });

  it('find a message the catalog holds only in plural forms through its count', async () => {
    const text = message('resources.edit.tooLong', { count: 50, actual: 1234 });
    expect(renderText(text)).toBe('At most 50 characters (this has 1,234).');
    await i18n.changeLanguage('nl');
    expect(renderText(text)).toBe('Maximaal 50 tekens (dit zijn er 1.234).');
  });

  it('show a message the catalog lacks as such, never as its bare code', () => {
    expect(renderText(message('nothing.here'))).toBe('The console has no text for this message (nothing.here).');
  });
});

describe('durations and moments', () => {
  it('say a duration in at most two units', async () => {
    expect(formatDuration(532_778)).toBe('6 d 4 h');
    expect(formatDuration(86_400)).toBe('1 d');
    expect(formatDuration(4 * 3600 + 12 * 60 + 5)).toBe('4 h 12 min');
    expect(formatDuration(59)).toBe('59 s');
    await i18n.changeLanguage('nl');
    expect(formatDuration(532_778)).toBe('6 d 4 u');
  });

  it('show a UTC instant in Europe/Amsterdam, never raw', async () => {
    await i18n.changeLanguage('nl');
    expect(formatMoment('2026-11-28T09:00:00.000Z')).toBe('28 nov 2026, 10:00');
    expect(formatMoment('2026-07-01T22:30:00Z', 'date')).toBe('2 jul 2026');
  });
});

describe('CSV dates', () => {
  it('are ISO 8601 in Europe/Amsterdam with the offset, whatever the UI language', async () => {
    await i18n.changeLanguage('nl');
    expect(csvExportCell('2022-03-12T20:45:00Z', 'datetime')).toBe('2022-03-12T21:45:00+01:00');
    expect(csvExportCell('2022-07-12T20:45:00Z', 'datetime')).toBe('2022-07-12T22:45:00+02:00');
    expect(csvExportCell('2022-07-12T23:30:00Z', 'date')).toBe('2022-07-13');
    expect(csvExportCell('not a date', 'datetime')).toBe('not a date');
  });
});

describe('counts', () => {
  it('have plurals and thousands separators in both languages', async () => {
    expect(i18n.t('grid.copied', { count: 1 })).toBe('Copied 1 row');
    expect(i18n.t('grid.rowsFiltered', { shown: 20000, count: 20000 })).toBe('20,000 of 20,000 rows');
    await i18n.changeLanguage('nl');
    expect(i18n.t('grid.rowsFiltered', { shown: 1, count: 20000 })).toBe('1 van 20.000 rijen');
    expect(i18n.t('grid.rows', { count: 1 })).toBe('1 rij');
  });
});
