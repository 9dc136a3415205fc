import type { Localized, WritableFieldDescriptor } from '../../src-preload/contract/resources.ts';
import { validateField, type ResourceModel, type WritableRule } from '../api-model/index.ts';
import { EDIT_MESSAGES } from './edit-messages.ts';
import { normaliseDutchNumber } from './phone-search.ts';
import type { EditResult, EditRow, EditValidator } from './types.ts';

/** A rule between fields of one row; null when the new value fits. */
export type CrossCheck = (field: string, value: string | null, row: EditRow) => Localized | null;

const refuse = (message: Localized): EditResult => ({ ok: false, message });

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
