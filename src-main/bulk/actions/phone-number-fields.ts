import { message, type UiText } from '../../../src-preload/contract/messages.ts';
import { refuse } from '../errors.ts';
import type { PlanInput } from '../planner.ts';
import type { ActionPlan } from '../types.ts';
import { checkedValue, planFieldEdits } from './field-edits.ts';

/** The titles and questions of each field, by literal code (the catalog check reads them). */
const FIELD_TEXT = {
  costCenter: {
    set: (value: UiText, count?: number) =>
      count === undefined
        ? message('bulk.costCenter.setTitle', { value })
        : message('bulk.costCenter.setConfirm', { value, count }),
    clear: (count?: number) =>
      count === undefined ? message('bulk.costCenter.clearTitle') : message('bulk.costCenter.clearConfirm', { count }),
  },
  description: {
    set: (value: UiText, count?: number) =>
      count === undefined
        ? message('bulk.description.setTitle', { value })
        : message('bulk.description.setConfirm', { value, count }),
    clear: (count?: number) =>
      count === undefined
        ? message('bulk.description.clearTitle')
        : message('bulk.description.clearConfirm', { count }),
  },
};

/** set-cost-center / set-description {value}; clear-* {} (typed is null): the registry's field, the platform's name. */
export function planSetField(
  input: PlanInput<'set-cost-center' | 'set-description' | 'clear-cost-center' | 'clear-description'>,
  field: 'costCenter' | 'description',
  typed: string | null,
): Promise<ActionPlan> {
  const { resource, schema, targets, readRows } = input;
  const clear = typed === null;
  const value = clear ? null : checkedValue(schema, field, typed);
  const words = FIELD_TEXT[field];
  const shown = value === null ? message('common.empty') : message('common.quoted', { text: String(value) });
  const platform = schema.name(field);
  return planFieldEdits(
    resource,
    targets,
    readRows,
    () => ({ values: { [platform]: value } }),
    {
      title: clear ? words.clear() : words.set(shown),
      confirmation: (n) => (clear ? words.clear(n) : words.set(shown, n)),
    },
    schema,
  );
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every literal occurrence; case-insensitive unless asked otherwise. */
export function replaceLiteral(source: string, find: string, replace: string, caseSensitive: boolean): string {
  if (caseSensitive) return source.split(find).join(replace);
  return source.replace(new RegExp(escapeRegExp(find), 'gi'), () => replace);
}

/** replace-in-description {find, replace, caseSensitive?}: rows whose description lacks the text are skipped. */
export function planReplaceInDescription(input: PlanInput<'replace-in-description'>): Promise<ActionPlan> {
  const { resource, schema, targets, readRows } = input;
  const { find, replace, caseSensitive } = input.params;
  const field = schema.name('description');
  if (find === '') throw refuse('BULK_INVALID_PARAMS', message('bulk.replace.enterFind'));
  const contains = (text: string): boolean =>
    caseSensitive ? text.includes(find) : text.toLowerCase().includes(find.toLowerCase());
  return planFieldEdits(
    resource,
    targets,
    readRows,
    (row) => {
      const current = typeof row[field] === 'string' ? row[field] : '';
      if (!contains(current))
        return {
          skip: 'not-applicable',
          reason: message('bulk.replace.notFound', { find }),
        };
      return { values: { [field]: replaceLiteral(current, find, replace, caseSensitive) } };
    },
    {
      title: message('bulk.replace.title', { find, replace }),
      confirmation: (count) => message('bulk.replace.confirm', { find, replace, count }),
    },
    schema,
  );
}
