import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnDescriptor } from '../../../src-preload/contract/index.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import {
  columnLookup,
  fieldName,
  formatTime,
  formatValue,
  iriLabel,
  localized,
  looksLikeIri,
  nameFromLookups,
  readField,
} from '../../../src-renderer/src/grid/format.ts';
import { i18n, locale } from '../../../src-renderer/src/i18n/index.ts';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('localized text', () => {
  it('follows the UI language', async () => {
    const text = { en: 'Number', nl: 'Nummer' };
    await i18n.changeLanguage('en');
    expect(localized(text)).toBe('Number');
    await i18n.changeLanguage('nl');
    expect(localized(text)).toBe('Nummer');
  });
});

describe('readField', () => {
  const row = { number: '0201234567', 'a.b': 'flat key', visitLocation: { city: 'Utrecht', geo: null }, n: 0 };

  it('reads a field, a dotted path, and a key that itself holds a dot', () => {
    expect(readField(row, 'number')).toBe('0201234567');
    expect(readField(row, 'visitLocation.city')).toBe('Utrecht');
    expect(readField(row, 'a.b')).toBe('flat key');
    expect(readField(row, 'n')).toBe(0);
  });

  it('is undefined for what is not there', () => {
    expect(readField(undefined, 'number')).toBeUndefined();
    expect(readField(row, 'missing')).toBeUndefined();
    expect(readField(row, 'visitLocation.geo.lat')).toBeUndefined();
    expect(readField(row, 'number.length')).toBeUndefined();
    expect(readField(row, 'n.x')).toBeUndefined();
  });
});

describe('formatValue', () => {
  it('shows nothing for null and undefined', () => {
    expect(formatValue(null, 'text')).toBe('');
    expect(formatValue(undefined, 'phone')).toBe('');
  });

  it('resolves IRIs through the lookup, one by one in a list', () => {
    const lookup = { '/areacodes/20': 'Amsterdam', '/areacodes/10': 'Rotterdam' };
    expect(formatValue('/areacodes/20', 'iri', lookup)).toBe('Amsterdam');
    expect(formatValue('/areacodes/99', 'iri', lookup)).toBe('/areacodes/99');
    expect(formatValue('/areacodes/20', 'iri')).toBe('/areacodes/20');
    expect(formatValue(['/areacodes/20', '/areacodes/10', null], 'iri', lookup)).toBe('Amsterdam, Rotterdam, ');
    expect(formatValue('/areacodes/20', 'text', lookup)).toBe('/areacodes/20');
  });

  it('shows an IRI no lookup names as its kind and id on screen, never as a path', () => {
    const lookup = { '/order-details-x2voips/702': 'x2v-702' };
    expect(formatValue('/order-details-x2voips/701', 'iri', lookup, 'X2VoIP account')).toBe('X2VoIP account 701');
    expect(formatValue('/order-details-x2voips/701', 'iri', undefined, 'X2VoIP account')).toBe('X2VoIP account 701');
    expect(formatValue('/order-details-x2voips/702', 'iri', lookup, 'X2VoIP account')).toBe('x2v-702');
    expect(formatValue(['/customers/1', '/customers/2'], 'iri', {}, 'Klant')).toBe('Klant 1, Klant 2');
    // copy and CSV export (no kind) keep the IRI, which identifies the item
    expect(formatValue('/order-details-x2voips/701', 'iri', lookup)).toBe('/order-details-x2voips/701');
    // a value that is no IRI stays as it is
    expect(formatValue('unknown', 'iri', lookup, 'X2VoIP account')).toBe('unknown');
  });

  it('finds the name of an IRI in any lookup table, and labels one it cannot find', () => {
    const lookups = { customer: { '/customers/7': 'Transport Vos' }, simcard: { '/simcards/3': '8931' } };
    expect(nameFromLookups('/simcards/3', lookups)).toBe('8931');
    expect(nameFromLookups('/customers/8', lookups)).toBeNull();
    expect(iriLabel('/customers/8', 'Customer')).toBe('Customer 8');
    expect(fieldName('orderDetailsX2voip')).toBe('Order details x2voip');
  });

  it('names a field the registry does not know in words: separators as one space, "id" as ID', () => {
    expect(fieldName('unit_code')).toBe('Unit code');
    expect(fieldName('sim__card--id')).toBe('Sim card id');
    expect(fieldName('_internal.ref')).toBe('Internal ref');
    expect(fieldName('id')).toBe('ID');
    expect(fieldName('')).toBe('');
    // an IRI of a kind that has no name is its id alone, without a leading space
    expect(iriLabel('/customers/8', '')).toBe('8');
  });

  it('names a status column’s values by its status names, another column’s by its lookup table', () => {
    const column = (field: string, type: ColumnDescriptor['type']): ColumnDescriptor => ({
      field,
      label: message('common.verbatim', { text: field }),
      type,
      visible: true,
      statusNames: { ACT: 'Active' },
    });
    const lookups = { status: { ACT: 'from the lookups' }, customer: { '/customers/7': 'Transport Vos' } };
    expect(columnLookup(column('status', 'status'), lookups)).toEqual({ ACT: 'Active' });
    expect(columnLookup(column('customer', 'iri'), lookups)).toEqual({ '/customers/7': 'Transport Vos' });
  });

  it('shows a list of objects as JSON', () => {
    expect(formatValue([{ a: 1 }, 'x'], 'text')).toBe('[{"a":1},"x"]');
    expect(formatValue({ city: 'Utrecht' }, 'text')).toBe('{"city":"Utrecht"}');
  });

  it('dates and datetimes in Europe/Amsterdam in the user locale; text that is no date stays as it is', async () => {
    const iso = '2026-07-01T09:30:00Z';
    const time = Date.parse(iso);
    for (const language of ['en', 'nl']) {
      await i18n.changeLanguage(language);
      const zone = { timeZone: 'Europe/Amsterdam' } as const;
      const date = new Intl.DateTimeFormat(locale(), { ...zone, dateStyle: 'medium' }).format(time);
      const dateTime = new Intl.DateTimeFormat(locale(), { ...zone, dateStyle: 'medium', timeStyle: 'short' }).format(
        time,
      );
      expect(dateTime).toMatch(/11:30/);
      expect(formatValue(iso, 'date')).toBe(date);
      expect(formatValue(iso, 'datetime')).toBe(dateTime);
      expect(formatTime(time)).toBe(dateTime);
      expect(date).not.toBe(dateTime);
    }
    expect(formatValue('soon', 'datetime')).toBe('soon');
    expect(formatValue(iso, 'text')).toBe(iso);
  });

  it('yes/no and numbers in the UI language', async () => {
    await i18n.changeLanguage('en');
    expect(formatValue(true, 'boolean')).toBe('Yes');
    expect(formatValue(false, 'boolean')).toBe('No');
    expect(formatValue(1234.5, 'number')).toBe(new Intl.NumberFormat(locale()).format(1234.5));
    await i18n.changeLanguage('nl');
    expect(formatValue(true, 'boolean')).toBe('Ja');
    expect(formatValue(false, 'boolean')).toBe('Nee');
    expect(formatValue(1234.5, 'number')).toBe('1.234,5');
    expect(formatValue(true, 'text')).toBe('true');
    expect(formatValue('maybe', 'boolean')).toBe('maybe');
    expect(formatValue('12', 'number')).toBe('12');
    expect(formatValue(1234.5, 'text')).toBe('1234.5');
  });
});

describe('looksLikeIri', () => {
  it.each(['/phonenumbers/1', '/order-details-x2voip-numbers/10001', '/a/b/c'])('%s is an IRI', (value) => {
    expect(looksLikeIri(value)).toBe(true);
  });
  it.each(['phonenumbers/1', '/phonenumbers', '/phonenumbers/', '/-x/1', '/a b/1', 'x/a/1', '/a/1 ', 42, null])(
    '%s is not',
    (value) => {
      expect(looksLikeIri(value)).toBe(false);
    },
  );
});

describe('status values in the UI language', () => {
  it('translates a status column’s known values and keeps the platform’s spelling of others', async () => {
    await i18n.changeLanguage('nl');
    expect(formatValue('pending', 'status')).toBe('In behandeling');
    expect(formatValue('on-hold-by-carrier', 'status')).toBe('on-hold-by-carrier');
    // the same word in a column that is no status is data, not a state
    expect(formatValue('pending', 'text')).toBe('pending');
  });

  it('translates each known status in a search hit’s detail and keeps the rest', async () => {
    const { hitDetail } = await import('../../../src-renderer/src/grid/format.ts');
    await i18n.changeLanguage('nl');
    expect(hitDetail('0612345678 · active · 2026-11-28')).toBe('0612345678 · Actief · 2026-11-28');
    await i18n.changeLanguage('en');
    expect(hitDetail('pending')).toBe('Pending');
  });
});

describe('a status the platform spells its own way', () => {
  it('is translated through the column’s status names; unnamed values keep the platform’s spelling', async () => {
    await i18n.changeLanguage('nl');
    const names = { OPEN: 'pending', ONLINE: 'online' };
    expect(formatValue('OPEN', 'status', names)).toBe('In behandeling');
    expect(formatValue('ONLINE', 'status', names)).toBe('Online');
    expect(formatValue('PARKED', 'status', names)).toBe('PARKED');
  });
});
