import type { BulkLineIssue } from '../../../src-preload/contract/bulk.ts';
import type { ResourceDefinition } from '../../resources/index.ts';
import { normaliseDutchNumber } from '../../resources/phone-search.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import { refuse } from '../errors.ts';
import type { ActionPlan, Row } from '../types.ts';
import { parseCsvImportInSlices, type CsvEntry } from './csv-parse.ts';
import { planFieldEdits } from './field-edits.ts';
import { assumedBindingAt, writeSchemaOf, type WriteSchema } from '../write-schema.ts';
import { stringParam } from './shared.ts';

/** 16 MiB of text: a list of every number a reseller has, with descriptions, fits many times over. */
export const MAX_IMPORT_CHARS = 16 * 1024 * 1024;
/** Rows planned before main's event loop gets a turn. */
const PLAN_SLICE = 2000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `visit` for every item, with a turn for main's event loop after every ~15 ms of work. */
async function eachInSlices<T>(items: Iterable<T>, visit: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  let n = 0;
  for (const item of items) {
    visit(item);
    if ((++n & 255) === 0 && performance.now() - sliceStart > 15) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

function tooLarge(chars: number): Error {
  const mb = (n: number): number => Math.round((n / (1024 * 1024)) * 10) / 10;
  return refuse('BULK_INVALID_PARAMS', message('bulk.csv.tooLarge', { size: mb(chars), max: mb(MAX_IMPORT_CHARS) }));
}

/**
 * import-csv {text, fileName?}: each line's number is matched against the cached phone numbers (all of them, or
 * only the selected rows when targets are given). Lines that match nothing are listed with their line number.
 * Parsing and planning run in slices, so a 10 MB list never holds main's event loop for long.
 */
export async function planCsvImport(
  resource: ResourceDefinition,
  targets: readonly string[],
  params: Record<string, unknown>,
  readRows: (path: string) => Promise<Row[]>,
  schema: WriteSchema = writeSchemaOf(resource, assumedBindingAt(resource.path)),
): Promise<ActionPlan> {
  // the platform's own names for the number, the cost center and the description
  const numberField = schema.name('number');
  const costCenterField = schema.name('costCenter');
  const descriptionField = schema.name('description');
  const text = stringParam(params, 'text', true) ?? '';
  if (text.length > MAX_IMPORT_CHARS) throw tooLarge(text.length);
  const parsed = await parseCsvImportInSlices(text, nextTurn);
  if (parsed.entries.length === 0 && parsed.issues.length === 0)
    throw refuse('BULK_INVALID_PARAMS', message('bulk.csv.empty'));

  const rows = await readRows(resource.path);
  const selection = targets.length > 0 ? new Set(targets) : null;
  const byNumber = new Map<string, Row>();
  await eachInSlices(rows, (row) => {
    const iri = row['@id'];
    if (typeof iri !== 'string' || (selection && !selection.has(iri))) return;
    const value = row[numberField];
    const raw = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
    byNumber.set(normaliseDutchNumber(raw) ?? raw, row);
  });

  const issues: BulkLineIssue[] = [...parsed.issues];
  const byTarget = new Map<string, { entry: CsvEntry; row: Row }>();
  await eachInSlices(parsed.entries, (entry) => {
    const row = byNumber.get(entry.number);
    if (!row) {
      issues.push({
        line: entry.line,
        text: entry.text,
        problem: 'unmatched',
        message: selection
          ? message('bulk.csv.notSelected', { number: entry.number })
          : message('bulk.csv.noMatch', { number: entry.number }),
      });
      return;
    }
    byTarget.set(String(row['@id']), { entry, row });
  });

  const fileName = params['fileName'];
  const wording = {
    title: typeof fileName === 'string' ? message('bulk.csv.titleFrom', { fileName }) : message('bulk.csv.title'),
    confirmation: (count: number) => message('bulk.csv.confirm', { count }),
  };
  // A slice at a time, each with only its own rows, with a turn for the event loop in between.
  const matched = [...byTarget.keys()];
  let plan: ActionPlan | null = null;
  const ops: ActionPlan['ops'] = [];
  for (let start = 0; plan === null || start < matched.length; start += PLAN_SLICE) {
    if (plan !== null) await nextTurn();
    const slice = matched.slice(start, start + PLAN_SLICE);
    plan = await planFieldEdits(
      resource,
      slice,
      async () => slice.map((target) => byTarget.get(target)!.row),
      (row) => {
        const { entry } = byTarget.get(String(row['@id']))!;
        const values: Record<string, string | null> = { [costCenterField]: entry.costCenter };
        if (entry.description !== undefined) values[descriptionField] = entry.description;
        return { values };
      },
      wording,
      schema,
    );
    ops.push(...plan.ops);
  }
  let count = 0;
  // a line whose values the registry refuses is an issue of that line too
  await eachInSlices(ops, (planned) => {
    if (planned.skip === null) count += 1;
    if (planned.skip?.kind !== 'invalid') return;
    const found = byTarget.get(planned.target);
    if (found) {
      const { entry } = found;
      issues.push({ line: entry.line, text: entry.text, problem: 'invalid', message: planned.skip.reason });
    }
  });
  issues.sort((a, b) => a.line - b.line);
  return { ...plan!, ops, confirmation: wording.confirmation(count), lines: issues };
}
