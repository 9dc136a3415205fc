import type { Localized } from '../../../src-preload/contract/resources.ts';
import { refuse } from '../errors.ts';
import type { PlanInput } from '../planner.ts';
import type { ActionPlan } from '../types.ts';
import { checkedValue, planFieldEdits } from './field-edits.ts';

const FIELD_TEXT: Record<string, Localized> = {
  costCenter: { en: 'cost center', nl: 'kostenplaats' },
  description: { en: 'description', nl: 'omschrijving' },
};

const numbers = (n: number): Localized => ({
  en: `${n} phone ${n === 1 ? 'number' : 'numbers'}`,
  nl: `${n} ${n === 1 ? 'telefoonnummer' : 'telefoonnummers'}`,
});

/** set-cost-center / set-description {value}; clear-* {} (typed is null): the registry's field, the platform's name. */
export function planSetField(
  input: PlanInput<'set-cost-center' | 'set-description' | 'clear-cost-center' | 'clear-description'>,
  field: 'costCenter' | 'description',
  typed: string | null,
): Promise<ActionPlan> {
  const { resource, schema, targets, readRows } = input;
  const clear = typed === null;
  const value = clear ? null : checkedValue(schema, field, typed);
  const name = FIELD_TEXT[field]!;
  const shown =
    value === null ? { en: '(empty)', nl: '(leeg)' } : { en: `"${String(value)}"`, nl: `"${String(value)}"` };
  const platform = schema.name(field);
  return planFieldEdits(
    resource,
    targets,
    readRows,
    () => ({ values: { [platform]: value } }),
    {
      title: clear
        ? { en: `Clear ${name.en}`, nl: `${cap(name.nl)} wissen` }
        : { en: `Set ${name.en} to ${shown.en}`, nl: `${cap(name.nl)} instellen op ${shown.nl}` },
      confirmation: (n) => ({
        en: `${clear ? 'Clear' : 'Set'} the ${name.en} of ${numbers(n).en}${clear ? '' : ` to ${shown.en}`}?`,
        nl: `De ${name.nl} van ${numbers(n).nl} ${clear ? 'wissen' : `instellen op ${shown.nl}`}?`,
      }),
    },
    schema,
  );
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

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
  if (find === '') throw refuse('BULK_INVALID_PARAMS', 'Enter the text to find.', 'Voer de tekst in die u zoekt.');
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
          reason: {
            en: `The description does not contain "${find}".`,
            nl: `De omschrijving bevat "${find}" niet.`,
          },
        };
      return { values: { [field]: replaceLiteral(current, find, replace, caseSensitive) } };
    },
    {
      title: {
        en: `Replace "${find}" with "${replace}" in descriptions`,
        nl: `"${find}" vervangen door "${replace}" in omschrijvingen`,
      },
      confirmation: (n) => ({
        en: `Replace "${find}" with "${replace}" in the description of ${numbers(n).en}?`,
        nl: `"${find}" vervangen door "${replace}" in de omschrijving van ${numbers(n).nl}?`,
      }),
    },
    schema,
  );
}
