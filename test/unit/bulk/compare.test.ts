import { describe, expect, it } from 'vitest';
import { comparable, instantOf, phoneKey, sameValue } from '../../../src-main/bulk/compare.ts';
import { fieldTypesAt, fieldTypesOf } from '../../../src-main/bulk/field-types.ts';
import type { ResourceDefinition } from '../../../src-main/resources/index.ts';

describe('values compared by meaning', () => {
  it('phone numbers: 0…, 31…, +31…, 0031…, with separators, or as integers are one number', () => {
    const spellings = ['0612345678', '+31612345678', '+31 6 1234 5678', '0031612345678', '31612345678', '06-12345678'];
    for (const a of spellings) for (const b of spellings) expect(sameValue('phone', a, b)).toBe(true);
    expect(sameValue('phone', 31612345678, '0612345678')).toBe(true);
    expect(sameValue('phone', 612345678, '+31612345678')).toBe(true);
    expect(sameValue('phone', '+31 (0)20 123 4567', '0201234567')).toBe(true);
    expect(sameValue('phone', '0612345678', '0612345679')).toBe(false);
    // "0313…" without its 0 is no country code: only whole 11–13 digit numbers lose a bare 31
    expect(phoneKey('313123456')).toBe('313123456');
    expect(sameValue('phone', '+32612345678', '0612345678')).toBe(false);
    expect(sameValue('phone', 'reception', 'reception')).toBe(true);
    expect(sameValue('phone', ['0612345678'], ['+31612345678'])).toBe(true);
  });

  it('date-times: with or without milliseconds, Z or an offset, are one instant', () => {
    expect(sameValue('datetime', '2030-07-01T09:00:00Z', '2030-07-01T11:00:00+02:00')).toBe(true);
    expect(sameValue('datetime', '2030-07-01T09:00:00.000Z', '2030-07-01T09:00:00+0000')).toBe(true);
    expect(sameValue('datetime', '2030-07-01T09:00:00', '2030-07-01T09:00:00.000Z')).toBe(true);
    expect(sameValue('datetime', '2030-07-01T09:00:00Z', '2030-07-01T09:00:01Z')).toBe(false);
    expect(sameValue('datetime', null, undefined)).toBe(true);
    expect(sameValue('datetime', null, '2030-07-01T09:00:00Z')).toBe(false);
    expect(instantOf('not a time')).toBeNull();
  });

  it('IRIs: a path, an absolute URL, an embedded item and the bare id of the same item', () => {
    expect(sameValue('iri', '/outports/12', 'https://api.example.nl/outports/12')).toBe(true);
    expect(sameValue('iri', '/outports/12', 12)).toBe(true);
    expect(sameValue('iri', '12', '/outports/12')).toBe(true);
    expect(sameValue('iri', { '@id': '/outports/12' }, '/outports/12')).toBe(true);
    expect(sameValue('iri', '/outports/12', '/outports/13')).toBe(false);
    expect(sameValue('iri', '/outports/12', '/customers/12')).toBe(false);
    expect(sameValue('iri', 12, 13)).toBe(false);
    expect(sameValue('iri', null, '')).toBe(true);
  });

  it('text: empty text, null and absent are one "no value"; numbers and booleans by value', () => {
    expect(sameValue('text', '', null)).toBe(true);
    expect(sameValue('text', undefined, '')).toBe(true);
    expect(sameValue('text', 'Sales', 'sales')).toBe(false);
    expect(sameValue('number', '10', 10)).toBe(true);
    expect(sameValue('boolean', 'true', true)).toBe(true);
    expect(comparable('unknown', { a: 1 })).toBe('{"a":1}');
  });
});

describe('field types for journalled operations', () => {
  it('knows the platform wordings of our fields through the alias table', () => {
    const forwards = fieldTypesAt('/order-details-x2voip-numbers-scheduled-forwards');
    expect([forwards('forwardTo'), forwards('forwardNumber'), forwards('startsAt'), forwards('ENDS_AT')]).toEqual([
      'phone',
      'phone',
      'datetime',
      'datetime',
    ]);
    expect(forwards('somethingElse')).toBe('unknown');
    expect(fieldTypesAt('/phonenumbers')('cost_center')).toBe('text');
  });

  it("a field's own name wins over another field's wording of it; a writable phone field compares as a phone", () => {
    // a resource of the shape a registry entry could take: what fieldTypesOf reads of one, nothing else
    const resource = {
      model: {
        fields: [
          { name: 'forwardTo', kind: 'string' },
          { name: 'target', kind: 'integer' },
          { name: 'label', kind: 'string' },
        ],
      },
      descriptor: { phoneFields: [], writable: [{ field: 'forwardTo', kind: 'phone' }] },
    } as unknown as ResourceDefinition;
    const typeOf = fieldTypesOf(resource);
    // "target" is also the alias table's wording of forwardTo
    expect([typeOf('target'), typeOf('forwardTo'), typeOf('forward_number'), typeOf('label')]).toEqual([
      'number',
      'phone',
      'phone',
      'text',
    ]);
  });
});

describe('values compared by meaning: edges of each type', () => {
  it('phone: only a whole national number loses its trunk 0; a foreign number or a number with text keeps it', () => {
    // a London number holds "0123…" at its end, which is not a Dutch trunk 0
    expect(phoneKey('+44 20 1234 5678')).toBe('442012345678');
    expect(sameValue('phone', '+44 20 1234 5678', '+442012345678')).toBe(true);
    // a number followed by an extension is text, and only equals itself
    expect(phoneKey('0612345678 ext 12')).toBe('0612345678 ext 12');
    expect(sameValue('phone', '0612345678 ext 12', '612345678 ext 12')).toBe(false);
  });

  it('dates: a date-time or a date is its calendar day; other text only equals itself', () => {
    expect(comparable('date', '2030-07-01T23:30:00Z')).toBe('2030-07-01');
    expect(sameValue('date', '2030-07-01', '2030-07-01T09:00:00')).toBe(true);
    expect(sameValue('date', '2030-07-01', '2030-07-02')).toBe(false);
    expect(comparable('date', 'x2030-07-01 later')).toBe('x2030-07-01 later');
    expect(comparable('date', '2030-07-1 later')).toBe('2030-07-1 later');
    expect(comparable('date', 20300701)).toBe(20300701);
  });

  it('IRIs: an absolute URL compares as its path', () => {
    expect(comparable('iri', 'https://api.example.nl/outports/12/')).toBe('/outports/12');
    expect(comparable('iri', { '@id': '/outports/12' })).toBe('/outports/12');
  });

  it('booleans: true, "true", 1 and "1" are yes; false, "false", 0 and "0" are no; other text is itself', () => {
    for (const yes of [true, 'true', 1, '1']) expect(comparable('boolean', yes)).toBe(true);
    for (const no of [false, 'false', 0, '0']) expect(comparable('boolean', no)).toBe(false);
    expect(comparable('boolean', 'yes')).toBe('yes');
    expect(comparable('boolean', 2)).toBe(2);
    expect(sameValue('boolean', '0', false)).toBe(true);
    expect(sameValue('boolean', '1', '0')).toBe(false);
  });
});

describe('values compared by meaning: spellings around the value', () => {
  it('text that is no phone number equals itself without surrounding spaces', () => {
    expect(sameValue('phone', ' reception ', 'reception')).toBe(true);
    expect(sameValue('phone', 'reception', 'front desk')).toBe(false);
  });

  it('phone lists are equal only number by number, at the same length', () => {
    expect(sameValue('phone', ['0612345678', '0201234567'], ['+31612345678', '+31201234567'])).toBe(true);
    expect(sameValue('phone', ['0612345678', '0201234567'], ['+31612345678'])).toBe(false);
    expect(sameValue('phone', ['0612345678', '0201234567'], ['+31612345678', '+31201234568'])).toBe(false);
    expect(sameValue('phone', ['0612345678'], ['0612345679'])).toBe(false);
    expect(sameValue('phone', ['0612345678'], ['+31612345678', '+31201234567'])).toBe(false);
  });

  it('a date-time without a zone is read as UTC, whatever zone the computer is in', () => {
    const zoneBefore = process.env['TZ'];
    process.env['TZ'] = 'Europe/Amsterdam';
    try {
      expect(instantOf('2030-07-01T09:00:00')).toBe(Date.UTC(2030, 6, 1, 9));
      expect(instantOf(' 2030-07-01T09:00:00 ')).toBe(Date.UTC(2030, 6, 1, 9));
      expect(sameValue('datetime', '2030-07-01T09:00:00', '2030-07-01T11:00:00+02:00')).toBe(true);
    } finally {
      if (zoneBefore === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zoneBefore;
    }
  });

  it('IRIs: spaces, trailing slashes and what follows the id', () => {
    expect(sameValue('iri', ' 12 ', '/outports/12')).toBe(true);
    expect(sameValue('iri', 'https://api.example.nl/outports/12//', '/outports/12')).toBe(true);
    expect(sameValue('iri', 12, '/outports/12/calls')).toBe(false);
    expect(sameValue('iri', '12abc', '34x')).toBe(false);
    expect(sameValue('iri', '/outports/12', 'x12')).toBe(false);
    expect(sameValue('iri', 'x:https://api.example.nl/outports/12', 'y:https://api.example.nl/outports/12')).toBe(
      false,
    );
    expect(sameValue('iri', null, '/outports/12')).toBe(false);
    expect(sameValue('iri', '/outports/12', undefined)).toBe(false);
  });

  it('of an unknown type, a yes/no and its written word are not one value', () => {
    expect(sameValue('unknown', true, 'true')).toBe(false);
    expect(sameValue('text', false, 'false')).toBe(false);
    expect(sameValue('unknown', true, true)).toBe(true);
  });

  it('lists: a list of phone numbers compares number by number; a list of another type as written', () => {
    expect(sameValue('phone', ['0612345678', '0201234567'], ['+31612345678', '0031201234567'])).toBe(true);
    expect(sameValue('phone', ['0612345678'], ['0612345678', '0201234567'])).toBe(false);
    expect(sameValue('text', ['0612345678'], ['+31612345678'])).toBe(false);
    expect(sameValue('unknown', [1], ['1'])).toBe(false);
    expect(sameValue('text', ['a', 'b'], ['a', 'b'])).toBe(true);
  });

  it('an absent IRI is no IRI, like null and empty text', () => {
    expect(sameValue('iri', undefined, null)).toBe(true);
    expect(sameValue('iri', undefined, '')).toBe(true);
    expect(sameValue('iri', undefined, '/customers/1')).toBe(false);
  });
});
