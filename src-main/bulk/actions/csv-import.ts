import type { BulkLineIssue } from '../../../src-preload/contract/bulk.ts';
import type { ResourceDefinition } from '../../resources/index.ts';
import { normaliseDutchNumber } from '../../resources/phone-search.ts';
import { refuse } from '../errors.ts';
import type { ActionPlan, Row } from '../types.ts';
import { parseCsvImport, type CsvEntry } from './csv-parse.ts';
import { planFieldEdits } from './field-edits.ts';
import { stringParam } from './shared.ts';

/**
 * import-csv {text, fileName?}: each line's number is matched against the cached phone numbers (all of them, or
 * only the selected rows when targets are given). Lines that match nothing are listed with their line number.
 */
export async function planCsvImport(
  resource: ResourceDefinition,
  targets: readonly string[],
  params: Record<string, unknown>,
  readRows: (path: string) => Promise<Row[]>,
): Promise<ActionPlan> {
  const text = stringParam(params, 'text', true) ?? '';
  const parsed = parseCsvImport(text);
  if (parsed.entries.length === 0 && parsed.issues.length === 0)
    throw refuse('BULK_INVALID_PARAMS', 'The list is empty.', 'De lijst is leeg.');

  const rows = await readRows(resource.path);
  const selection = targets.length > 0 ? new Set(targets) : null;
  const byNumber = new Map<string, Row>();
  for (const row of rows) {
    const iri = row['@id'];
    if (typeof iri !== 'string' || (selection && !selection.has(iri))) continue;
    const raw = typeof row['number'] === 'string' ? row['number'] : '';
    byNumber.set(normaliseDutchNumber(raw) ?? raw, row);
  }

  const issues: BulkLineIssue[] = [...parsed.issues];
  const byTarget = new Map<string, CsvEntry>();
  for (const entry of parsed.entries) {
    const row = byNumber.get(entry.number);
    if (!row) {
      issues.push({
        line: entry.line,
        text: entry.text,
        problem: 'unmatched',
        message: selection
          ? { en: `${entry.number} is not among the selected numbers.`, nl: `${entry.number} zit niet in de selectie.` }
          : {
              en: `${entry.number} matches no phone number in the cache.`,
              nl: `${entry.number} komt met geen enkel telefoonnummer in de cache overeen.`,
            },
      });
      continue;
    }
    byTarget.set(String(row['@id']), entry);
  }

  const plan = await planFieldEdits(
    resource,
    [...byTarget.keys()],
    async () => rows,
    (row) => {
      const entry = byTarget.get(String(row['@id']))!;
      const values: Record<string, string | null> = { costCenter: entry.costCenter };
      if (entry.description !== undefined) values['description'] = entry.description;
      return { values };
    },
    {
      title: {
        en: `Import cost centers${typeof params['fileName'] === 'string' ? ` from ${params['fileName']}` : ''}`,
        nl: `Kostenplaatsen importeren${typeof params['fileName'] === 'string' ? ` uit ${params['fileName']}` : ''}`,
      },
      confirmation: (n) => ({
        en: `Apply the list to ${n} phone ${n === 1 ? 'number' : 'numbers'}?`,
        nl: `De lijst toepassen op ${n} ${n === 1 ? 'telefoonnummer' : 'telefoonnummers'}?`,
      }),
    },
  );
  // a line whose values the registry refuses is an issue of that line too
  for (const planned of plan.ops) {
    if (planned.skip?.kind !== 'invalid') continue;
    const entry = byTarget.get(planned.target);
    if (entry) issues.push({ line: entry.line, text: entry.text, problem: 'invalid', message: planned.skip.reason });
  }
  issues.sort((a, b) => a.line - b.line);
  return { ...plan, lines: issues };
}
