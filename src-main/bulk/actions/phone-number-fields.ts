import type { Localized } from '../../../src-preload/contract/resources.ts';
import type { ResourceDefinition } from '../../resources/index.ts';
import { refuse } from '../errors.ts';
import type { ActionPlan, Row } from '../types.ts';
import { checkedValue, planFieldEdits } from './field-edits.ts';
import { stringParam } from './shared.ts';

const FIELD_TEXT: Record<string, Localized> = {
  costCenter: { en: 'cost center', nl: 'kostenplaats' },
  description: { en: 'description', nl: 'omschrijving' },
};

const numbers = (n: number): Localized => ({
  en: `${n} phone ${n === 1 ? 'number' : 'numbers'}`,
  nl: `${n} ${n === 1 ? 'telefoonnummer' : 'telefoonnummers'}`,
});

/** set-cost-center / set-description {value}; clear-* {}. */
export function planSetField(
  resource: ResourceDefinition,
  field: 'costCenter' | 'description',
  clear: boolean,
  targets: readonly string[],
  params: Record<string, unknown>,
  readRows: (path: string) => Promise<Row[]>,
): Promise<ActionPlan> {
  const value = clear ? null : checkedValue(resource, field, stringParam(params, 'value', true));
  const name = FIELD_TEXT[field]!;
  const shown = value === null ? { en: '(empty)', nl: '(leeg)' } : { en: `"${value}"`, nl: `"${value}"` };
  return planFieldEdits(resource, targets, readRows, () => ({ values: { [field]: value } }), {
    title: clear
      ? { en: `Clear ${name.en}`, nl: `${cap(name.nl)} wissen` }
      : { en: `Set ${name.en} to ${shown.en}`, nl: `${cap(name.nl)} instellen op ${shown.nl}` },
    confirmation: (n) => ({
      en: `${clear ? 'Clear' : 'Set'} the ${name.en} of ${numbers(n).en}${clear ? '' : ` to ${shown.en}`}?`,
      nl: `De ${name.nl} van ${numbers(n).nl} ${clear ? 'wissen' : `instellen op ${shown.nl}`}?`,
    }),
  });
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every literal occurrence; case-insensitive unless asked otherwise. */
export function replaceLiteral(source: string, find: string, replace: string, caseSensitive: boolean): string {
  if (caseSensitive) return source.split(find).join(replace);
  return source.replace(new RegExp(escapeRegExp(find), 'gi'), () => replace);
}

/** replace-in-description {find, replace, caseSensitive?}: rows whose description lacks the text are skipped. */
export function planReplaceInDescription(
  resource: ResourceDefinition,
  targets: readonly string[],
  params: Record<string, unknown>,
  readRows: (path: string) => Promise<Row[]>,
): Promise<ActionPlan> {
  const find = stringParam(params, 'find', true) ?? '';
  const replace = stringParam(params, 'replace', false) ?? '';
  const caseSensitive = params['caseSensitive'] === true;
  if (find === '') throw refuse('BULK_INVALID_PARAMS', 'Enter the text to find.', 'Voer de tekst in die u zoekt.');
  const contains = (text: string): boolean =>
    caseSensitive ? text.includes(find) : text.toLowerCase().includes(find.toLowerCase());
  return planFieldEdits(
    resource,
    targets,
    readRows,
    (row) => {
      const current = typeof row['description'] === 'string' ? row['description'] : '';
      if (!contains(current))
        return {
          skip: 'not-applicable',
          reason: {
            en: `The description does not contain "${find}".`,
            nl: `De omschrijving bevat "${find}" niet.`,
          },
        };
      return { values: { description: replaceLiteral(current, find, replace, caseSensitive) } };
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
  );
}
