import type { Message } from '../../src-preload/contract/messages.ts';
import type { WritableFieldDescriptor } from '../../src-preload/contract/resources.ts';
import { validateField, type ResourceModel, type WritableRule } from '../api-model/index.ts';
import { EDIT_MESSAGES } from './edit-messages.ts';
import { normaliseDutchNumber } from './phone-search.ts';
import type { EditResult, EditRow, EditValidator } from './types.ts';
import type { BoundWritable } from './writable.ts';
import { WRITE_MESSAGES } from './write-messages.ts';

/** A rule between fields of one row; null when the new value fits. */
export type CrossCheck = (field: string, value: string | null, row: EditRow) => Message | null;

const refuse = (message: Message): EditResult => ({ ok: false, message });

/** The user's input in the form the PATCH body takes, or why it cannot be. */
function normalise(descriptor: WritableFieldDescriptor, rule: WritableRule, input: string): EditResult {
  const text = input.trim();
  switch (descriptor.kind) {
    case 'phone': {
      const national = normaliseDutchNumber(text);
      return national === null ? refuse(EDIT_MESSAGES.phone) : { ok: true, value: national };
    }
    case 'datetime': {
      if (validateField(descriptor.field, rule, text) !== null) return refuse(EDIT_MESSAGES.datetime);
      return { ok: true, value: new Date(text).toISOString() };
    }
    case 'iri':
      return text.startsWith('/') ? { ok: true, value: text } : refuse(EDIT_MESSAGES.iri);
    case 'number':
    case 'boolean':
    case 'enum':
    case 'text':
      if (descriptor.maxLength !== undefined && text.length > descriptor.maxLength) {
        return refuse(EDIT_MESSAGES.tooLong(descriptor.maxLength, text.length));
      }
      if (descriptor.pattern !== undefined && !new RegExp(descriptor.pattern).test(text)) {
        return refuse(descriptor.patternMessage ?? EDIT_MESSAGES.patternDefault);
      }
      return { ok: true, value: text };
  }
}

/**
 * Checks a value typed for one writable field. Text is trimmed; an empty value clears a nullable field (null) and
 * is refused for a required one; phone numbers and datetimes come back in the platform's form. The api-model rule
 * has the last word, so the registry never lets through what the platform's validation would refuse.
 */
export function createEditValidator(
  model: ResourceModel,
  writable: readonly WritableFieldDescriptor[],
  crossCheck?: CrossCheck,
): EditValidator {
  const byField = new Map(writable.map((descriptor) => [descriptor.field, descriptor]));
  return (field, value, row) => {
    const descriptor = byField.get(field);
    const rule = Object.hasOwn(model.writable, field) ? model.writable[field] : undefined;
    if (!descriptor || !rule) return refuse(EDIT_MESSAGES.notWritable(field));
    if (value === undefined) return refuse(EDIT_MESSAGES.missing);
    if (value !== null && typeof value !== 'string') return refuse(EDIT_MESSAGES.notText);

    let result: EditResult;
    if (value === null || value.trim() === '') {
      result = rule.nullable ? { ok: true, value: null } : refuse(EDIT_MESSAGES.required);
    } else {
      result = normalise(descriptor, rule, value);
    }
    if (!result.ok) return result;

    const violation = validateField(field, rule, result.value);
    if (violation) return refuse(EDIT_MESSAGES.platformRule(violation.message));
    const crossed = row && crossCheck ? crossCheck(field, result.value, row) : null;
    return crossed ? refuse(crossed) : result;
  };
}

/** A value as it goes into a PATCH or POST body. */
export type WriteValue = string | number | boolean | null;
export type WriteCheck = { ok: true; value: WriteValue } | { ok: false; message: Message };

const YES = new Set(['true', 'yes', 'ja', '1', 'on']);
const NO = new Set(['false', 'no', 'nee', '0', 'off']);

/** A typed value in the form its schema field takes, or why it cannot be (empty input is handled before). */
function convert(target: BoundWritable, text: string): WriteCheck {
  const { field, descriptor } = target;
  switch (descriptor.kind) {
    case 'phone': {
      const national = normaliseDutchNumber(text);
      return national === null ? { ok: false, message: EDIT_MESSAGES.phone } : { ok: true, value: national };
    }
    case 'enum': {
      const options = descriptor.options ?? [];
      // the platform's spelling, whatever the casing typed
      const match = options.find((o) => o === text) ?? options.find((o) => o.toLowerCase() === text.toLowerCase());
      if (match === undefined) return { ok: false, message: WRITE_MESSAGES.notInList(options) };
      return { ok: true, value: field.type === 'integer' || field.type === 'number' ? Number(match) : match };
    }
    case 'boolean': {
      const key = text.toLowerCase();
      if (YES.has(key)) return { ok: true, value: true };
      if (NO.has(key)) return { ok: true, value: false };
      return { ok: false, message: WRITE_MESSAGES.notBoolean };
    }
    case 'number': {
      const n = Number(text.replace(',', '.'));
      if (!Number.isFinite(n)) return { ok: false, message: WRITE_MESSAGES.notNumber };
      if (field.type === 'integer' && !Number.isInteger(n)) return { ok: false, message: WRITE_MESSAGES.notInteger };
      return { ok: true, value: n };
    }
    case 'datetime':
      if (validateField(target.platform, { kind: 'datetime', nullable: true }, text) !== null)
        return { ok: false, message: EDIT_MESSAGES.datetime };
      return { ok: true, value: new Date(text).toISOString() };
    case 'iri':
      return text.startsWith('/') ? { ok: true, value: text } : { ok: false, message: EDIT_MESSAGES.iri };
    case 'text':
      if (field.format === 'date' && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text))
        return { ok: false, message: WRITE_MESSAGES.date };
      return { ok: true, value: text };
  }
}

/**
 * Checks a value typed for one field against the platform's schema of it (type, format, enum, maxLength,
 * nullable): text is trimmed, empty clears a nullable field and is refused for another, phone numbers and
 * date-times come back in the form the platform stores. Nothing is sent for a value refused here.
 */
export function checkWrite(target: BoundWritable, value: unknown): WriteCheck {
  if (value === undefined) return { ok: false, message: EDIT_MESSAGES.missing };
  if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    return { ok: false, message: EDIT_MESSAGES.notText };
  const text = value === null ? '' : String(value).trim();
  if (text === '')
    return target.field.nullable ? { ok: true, value: null } : { ok: false, message: EDIT_MESSAGES.required };
  const converted = convert(target, text);
  if (!converted.ok) return converted;
  const max = target.field.maxLength;
  if (typeof converted.value === 'string' && max !== null && converted.value.length > max)
    return { ok: false, message: EDIT_MESSAGES.tooLong(max, converted.value.length) };
  return converted;
}
