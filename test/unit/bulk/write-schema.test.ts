import { describe, expect, it } from 'vitest';
import { resourceModels } from '../../../src-main/api-model/index.ts';
import { assumedBindingAt, writeSchemaOf, writtenFieldLabels } from '../../../src-main/bulk/write-schema.ts';
import { getResource } from '../../../src-main/resources/index.ts';
import { documented, field, ourFieldsDocumented } from '../../support/platform-fields.ts';
import { dutch, english } from '../../support/ui-text.ts';

function phoneNumbersDocumenting(extra: Parameters<typeof field>[]) {
  const resource = getResource('phone-numbers');
  const model = resourceModels.find((m) => m.path === '/phonenumbers');
  if (!resource || !model) throw new Error('no phone-numbers resource');
  const fields = [...ourFieldsDocumented(model), ...extra.map((args) => field(...args))];
  return writeSchemaOf(resource, documented(model, fields));
}

describe('how the values of a platform field compare, from its documentation', () => {
  it('follows the declared type and format', () => {
    const schema = phoneNumbersDocumenting([
      ['portions', { type: 'integer' }],
      ['tariff', { type: 'number' }],
      ['barred', { type: 'boolean' }],
      ['reseller', { type: 'iri' }],
      ['owner', { type: 'object', relation: '/customers' }],
      ['extras', { type: 'object' }],
      ['activatedAt', { format: 'date-time' }],
      ['portingDate', { format: 'date' }],
      ['tier', { enum: ['gold', 'silver'] }],
      ['remark', {}],
    ]);
    expect(schema.valueType('portions')).toBe('number');
    expect(schema.valueType('tariff')).toBe('number');
    expect(schema.valueType('barred')).toBe('boolean');
    expect(schema.valueType('reseller')).toBe('iri');
    expect(schema.valueType('owner')).toBe('iri');
    expect(schema.valueType('extras')).toBe('unknown');
    expect(schema.valueType('activatedAt')).toBe('datetime');
    expect(schema.valueType('portingDate')).toBe('date');
    expect(schema.valueType('tier')).toBe('enum');
    expect(schema.valueType('remark')).toBe('text');
    expect(schema.valueType('notDocumented')).toBe('unknown');
  });

  it('a phone-number field compares as a phone number; the other fields written beside it do not', () => {
    const schema = phoneNumbersDocumenting([]);
    expect(schema.valueType('number')).toBe('phone');
    expect(schema.valueType('costCenter')).toBe('text');
    expect(schema.valueType('description')).toBe('text');
  });

  it('without a schema, a collection the console does not know is refused by its path', () => {
    expect(() => assumedBindingAt('/no-such-collection')).toThrow('no registry resource at /no-such-collection');
    expect(assumedBindingAt('/phonenumbers').schema.origin).toBe('assumed');
  });
});

describe('the name an operator knows a written field by', () => {
  it("is the console's name for the platform's field, else the platform's own; each collection's schema is looked up once", () => {
    const looked: string[] = [];
    const label = writtenFieldLabels((path) => {
      looked.push(path);
      return assumedBindingAt(path);
    });
    const costCenter = label('/phonenumbers', 'costCenter');
    expect([english(costCenter), dutch(costCenter)]).toEqual(['Cost center', 'Kostenplaats']);
    expect(label('/phonenumbers', 'notWritten')).toBe('notWritten');
    expect(label('/no-such-collection', 'costCenter')).toBe('costCenter');
    expect(english(label('/phonenumbers', 'description'))).toBe('Description');
    expect(looked).toEqual(['/phonenumbers']);
  });
});
