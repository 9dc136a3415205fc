import type { Localized, WritableFieldDescriptor } from '../../src-preload/contract/resources.ts';
import type { ResourceModel } from '../api-model/index.ts';
import { EDIT_MESSAGES } from './edit-messages.ts';
import { DUTCH_NUMBER_INPUT_PATTERN } from './phone-search.ts';

export interface WritableSpec {
  label: Localized;
  /** A string field holding a phone number: typed loosely, stored nationally. */
  phone?: boolean;
}

/**
 * The writable-field descriptors of a resource, exactly the fields api-model marks writable: a spec for a field the
 * model does not list, or a writable field without a spec, is a programming error caught at load.
 */
export function writableFields(
  model: ResourceModel,
  specs: Readonly<Record<string, WritableSpec>>,
): WritableFieldDescriptor[] {
  const modelFields = Object.keys(model.writable);
  const extra = Object.keys(specs).filter((field) => !Object.hasOwn(model.writable, field));
  const missing = modelFields.filter((field) => !Object.hasOwn(specs, field));
  if (extra.length > 0 || missing.length > 0) {
    throw new Error(`${model.path}: writable specs differ from api-model (extra ${extra}, missing ${missing})`);
  }
  return modelFields.map((field) => {
    const rule = model.writable[field]!;
    const spec = specs[field]!;
    const base = { field, label: spec.label, nullable: rule.nullable };
    switch (rule.kind) {
      case 'datetime':
        return { ...base, kind: 'datetime' };
      case 'iri':
        return { ...base, kind: 'iri' };
      case 'string':
        // a phone field is checked on its normalised form, so its length limit does not apply to what is typed
        if (spec.phone) {
          return {
            ...base,
            kind: 'phone',
            pattern: DUTCH_NUMBER_INPUT_PATTERN,
            patternMessage: EDIT_MESSAGES.phone,
          };
        }
        return {
          ...base,
          kind: 'text',
          maxLength: rule.maxLength,
          ...(rule.pattern
            ? {
                pattern: rule.pattern.source,
                patternMessage: rule.patternMessage
                  ? EDIT_MESSAGES.platformRule(rule.patternMessage)
                  : EDIT_MESSAGES.patternDefault,
              }
            : {}),
        };
    }
  });
}
