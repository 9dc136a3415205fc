import type { WritableRule } from './model.ts';

export interface Violation {
  propertyPath: string;
  message: string;
}

/** Dutch number as the platform writes it: 0 + 9 digits (e.g. 0612345678, 0201234567), or +31 + 9 digits. */
export const DUTCH_NUMBER = /^(?:0[1-9][0-9]{8}|\+31[1-9][0-9]{8})$/;

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks one value against its rule; messages follow Symfony's validator wording, as the platform does. */
export function validateField(
  name: string,
  rule: WritableRule,
  value: unknown,
  knownIri?: (iri: string) => boolean,
): Violation | null {
  if (value === null) return rule.nullable ? null : { propertyPath: name, message: 'This value should not be null.' };
  switch (rule.kind) {
    case 'string':
      if (typeof value !== 'string') return { propertyPath: name, message: 'This value should be of type string.' };
      if (value.length > rule.maxLength) {
        return {
          propertyPath: name,
          message: `This value is too long. It should have ${rule.maxLength} characters or less.`,
        };
      }
      if (rule.pattern && !rule.pattern.test(value)) {
        return { propertyPath: name, message: rule.patternMessage ?? 'This value is not valid.' };
      }
      return null;
    case 'iri':
      if (typeof value !== 'string')
        return { propertyPath: name, message: 'This value should be of type string (an IRI).' };
      if (knownIri && !knownIri(value)) return { propertyPath: name, message: `Item not found for "${value}".` };
      return null;
    case 'datetime':
      if (typeof value !== 'string' || !ISO_DATETIME.test(value) || Number.isNaN(Date.parse(value))) {
        return { propertyPath: name, message: 'This value is not a valid datetime.' };
      }
      return null;
  }
}

/**
 * Validates a merge-patch body against the writable rules. Unknown or read-only keys are ignored,
 * as API Platform does by default; only rule breaks on writable keys are reported.
 */
export function validateWritable(
  rules: Readonly<Record<string, WritableRule>>,
  body: Readonly<Record<string, unknown>>,
  knownIri?: (iri: string) => boolean,
): Violation[] {
  const violations: Violation[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    if (!Object.hasOwn(body, name)) continue;
    const violation = validateField(name, rule, body[name], knownIri);
    if (violation) violations.push(violation);
  }
  return violations;
}
