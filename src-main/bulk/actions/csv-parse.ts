import type { BulkLineIssue } from '../../../src-preload/contract/bulk.ts';
import { formulaTriggerOf } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';
import { normaliseDutchNumber } from '../../resources/phone-search.ts';

/** One usable line: the number in national form and the values to set (null clears; undefined leaves alone). */
export interface CsvEntry {
  line: number;
  text: string;
  number: string;
  costCenter: string | null;
  description?: string | null;
}

export interface CsvParse {
  entries: CsvEntry[];
  issues: BulkLineIssue[];
  headerLine: number | null;
  delimiter: string;
}

/** Splits one line on the delimiter; double quotes enclose a field and "" inside them is a quote (RFC 4180). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** ';' as documented; a list pasted from a spreadsheet has tabs instead, and a plain CSV commas. */
function pickDelimiter(text: string): string {
  if (text.includes(';')) return ';';
  if (text.includes('\t')) return '\t';
  return ',';
}

const FORMAT = { en: 'number;costCenter[;description]', nl: 'nummer;kostenplaats[;omschrijving]' };

/** Reads one line after another; `result` gives what was read so far. */
interface CsvImportReader {
  read(raw: string, line: number): void;
  result(): CsvParse;
}

function csvImportReader(delimiter: string): CsvImportReader {
  const entries: CsvEntry[] = [];
  const issues: BulkLineIssue[] = [];
  const firstLine = new Map<string, number>();
  let headerLine: number | null = null;
  let seenContent = false;

  const read = (raw: string, line: number): void => {
    if (raw.trim() === '') return;
    const fields = splitCsvLine(raw, delimiter);
    const first = fields[0] ?? '';
    if (!seenContent) {
      seenContent = true;
      if (!/[0-9]/.test(first)) {
        headerLine = line;
        return;
      }
    }
    const issue = (problem: BulkLineIssue['problem'], en: string, nl: string): void => {
      issues.push({ line, text: raw, problem, message: { en, nl } });
    };
    if (fields.length < 2 || fields.length > 3) {
      issue(
        'malformed',
        `Expected ${FORMAT.en}, found ${fields.length} ${fields.length === 1 ? 'field' : 'fields'}.`,
        `Verwacht ${FORMAT.nl}, gevonden: ${fields.length} ${fields.length === 1 ? 'veld' : 'velden'}.`,
      );
      return;
    }
    const number = normaliseDutchNumber(first);
    if (number === null) {
      issue(
        'malformed',
        `"${first}" is not a Dutch phone number (0…, +31… or 31…).`,
        `"${first}" is geen Nederlands telefoonnummer (0…, +31… of 31…).`,
      );
      return;
    }
    const earlier = firstLine.get(number);
    if (earlier !== undefined) {
      issue(
        'duplicate',
        `${number} is also on line ${earlier}; only that line is used.`,
        `${number} staat ook op regel ${earlier}; alleen die regel wordt gebruikt.`,
      );
      return;
    }
    const formula = fields.slice(1).find((value) => formulaTriggerOf(value) !== null);
    if (formula !== undefined) {
      issue(
        'invalid',
        `"${formula}" starts like a spreadsheet formula (=, +, -, @, a tab or a line break) and is not imported; remove that first character.`,
        `"${formula}" begint als een spreadsheetformule (=, +, -, @, een tab of een regeleinde) en wordt niet geïmporteerd; haal dat eerste teken weg.`,
      );
      return;
    }
    firstLine.set(number, line);
    const entry: CsvEntry = { line, text: raw, number, costCenter: fields[1] === '' ? null : fields[1]! };
    if (fields.length === 3) entry.description = fields[2] === '' ? null : fields[2]!;
    entries.push(entry);
  };
  return { read, result: () => ({ entries, issues, headerLine, delimiter }) };
}

/** The lines of a text one by one (CRLF, LF or CR), without splitting all of it at once. */
function* linesOf(source: string): Generator<string> {
  const end = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = end.exec(source); match !== null; match = end.exec(source)) {
    yield source.slice(start, match.index);
    start = end.lastIndex;
  }
  yield source.slice(start);
}

/**
 * Reads "number;costCenter[;description]" lines (a file or pasted text). An optional header line is recognised by
 * having no digit in its first field. Blank lines carry nothing; every other line becomes an entry or an issue.
 */
export function parseCsvImport(text: string): CsvParse {
  const source = text.replace(/^\uFEFF/, '');
  const reader = csvImportReader(pickDelimiter(source));
  let line = 0;
  for (const raw of linesOf(source)) reader.read(raw, (line += 1));
  return reader.result();
}

/** How long the import parser works before it lets main's event loop run (IPC, timers, other jobs). */
const SLICE_MS = 15;

/** parseCsvImport in slices of about SLICE_MS: a 10 MB list never holds main's event loop for long. */
export async function parseCsvImportInSlices(
  text: string,
  yieldToLoop: () => Promise<unknown> = () => new Promise((resolve) => setImmediate(resolve)),
): Promise<CsvParse> {
  const source = text.replace(/^\uFEFF/, '');
  const reader = csvImportReader(pickDelimiter(source));
  let line = 0;
  let sliceStart = performance.now();
  for (const raw of linesOf(source)) {
    reader.read(raw, (line += 1));
    if ((line & 63) === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return reader.result();
}
