import type { BulkLineIssue } from '../../../src-preload/contract/bulk.ts';
import { formulaTriggerOf } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';
import { message, type Message } from '../../../src-preload/contract/messages.ts';
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

/** Reads a record's fields as its text arrives; a quoted field may go on over more lines than one. */
class CsvRecordScanner {
  private fields: string[] = [];
  private field = '';
  private quoted = false;

  private readonly delimiter: string;

  constructor(delimiter: string) {
    this.delimiter = delimiter;
  }

  /** The text ended inside a quoted field: the next line belongs to that field. */
  get open(): boolean {
    return this.quoted;
  }

  feed(text: string): void {
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i]!;
      if (this.quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          this.field += '"';
          i += 1;
        } else if (ch === '"') this.quoted = false;
        else this.field += ch;
      } else if (ch === '"' && this.field.trim() === '') {
        this.quoted = true;
        this.field = '';
      } else if (ch === this.delimiter) {
        this.fields.push(this.field);
        this.field = '';
      } else this.field += ch;
    }
  }

  result(): string[] {
    return [...this.fields, this.field].map((f) => f.trim());
  }
}

/** Splits one record on the delimiter; double quotes enclose a field and "" inside them is a quote (RFC 4180). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const scanner = new CsvRecordScanner(delimiter);
  scanner.feed(line);
  return scanner.result();
}

/** ';' as documented; a list pasted from a spreadsheet has tabs instead, and a plain CSV commas. */
function pickDelimiter(text: string): string {
  if (text.includes(';')) return ';';
  if (text.includes('\t')) return '\t';
  return ',';
}

/** Reads one line after another; `result` gives what was read so far. */
interface CsvImportReader {
  read(record: CsvRecord): void;
  result(): CsvParse;
}

function csvImportReader(delimiter: string): CsvImportReader {
  const entries: CsvEntry[] = [];
  const issues: BulkLineIssue[] = [];
  const firstLine = new Map<string, number>();
  let headerLine: number | null = null;
  let seenContent = false;

  const read = ({ raw, line, fields, unclosed }: CsvRecord): void => {
    if (raw.trim() === '') return;
    const first = fields[0] ?? '';
    if (!seenContent) {
      seenContent = true;
      if (!/[0-9]/.test(first)) {
        headerLine = line;
        return;
      }
    }
    const issue = (problem: BulkLineIssue['problem'], text: Message): void => {
      issues.push({ line, text: raw, problem, message: text });
    };
    if (unclosed) {
      issue('malformed', message('bulk.csv.unclosedQuote'));
      return;
    }
    if (fields.length < 2 || fields.length > 3) {
      issue('malformed', message('bulk.csv.fieldCount', { count: fields.length }));
      return;
    }
    const number = normaliseDutchNumber(first);
    if (number === null) {
      issue('malformed', message('bulk.csv.notDutchNumber', { value: first }));
      return;
    }
    const earlier = firstLine.get(number);
    if (earlier !== undefined) {
      issue('duplicate', message('bulk.csv.duplicate', { number, line: earlier }));
      return;
    }
    const formula = fields.slice(1).find((value) => formulaTriggerOf(value) !== null);
    if (formula !== undefined) {
      issue('invalid', message('bulk.csv.formula', { value: formula }));
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

interface CsvRecord {
  raw: string;
  line: number;
  fields: string[];
  /** Its first field opened a quote that no later line closes. */
  unclosed?: true;
}

/**
 * The records of a text with the line each starts on: a quoted field may hold line breaks (a spreadsheet writes a
 * cell with Alt+Enter that way), which then belong to the field, read as "\n". A quote that is never closed spoils
 * only its own line: the lines after it are read again as records of their own.
 */
function* recordsOf(lines: Iterable<string>, firstLine: number, delimiter: string): Generator<CsvRecord> {
  let line = firstLine - 1;
  type Reading = { raw: string[]; line: number; scanner: CsvRecordScanner };
  let pending: Reading | null = null;
  for (const text of lines) {
    line += 1;
    if (pending) pending.scanner.feed('\n');
    const record: Reading = pending ?? { raw: [], line, scanner: new CsvRecordScanner(delimiter) };
    record.raw.push(text);
    record.scanner.feed(text);
    pending = record.scanner.open ? record : null;
    if (!pending) yield { raw: record.raw.join('\n'), line: record.line, fields: record.scanner.result() };
  }
  if (!pending) return;
  const [opening = '', ...after] = pending.raw;
  yield { raw: opening, line: pending.line, fields: splitCsvLine(opening, delimiter), unclosed: true };
  yield* recordsOf(after, pending.line + 1, delimiter);
}

/**
 * Reads "number;costCenter[;description]" lines (a file or pasted text). An optional header line is recognised by
 * having no digit in its first field. Blank lines carry nothing; every other line becomes an entry or an issue.
 */
export function parseCsvImport(text: string): CsvParse {
  const { reader, records } = startImport(text);
  for (const record of records) reader.read(record);
  return reader.result();
}

/** The reader and the records of a list, its byte order mark (Excel's "CSV UTF-8") left out. */
function startImport(text: string): { reader: CsvImportReader; records: Iterable<CsvRecord> } {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = pickDelimiter(source);
  return { reader: csvImportReader(delimiter), records: recordsOf(linesOf(source), 1, delimiter) };
}

/** How long the import parser works before it lets main's event loop run (IPC, timers, other jobs). */
const SLICE_MS = 15;

/** parseCsvImport in slices of about SLICE_MS: a 10 MB list never holds main's event loop for long. */
export async function parseCsvImportInSlices(text: string, yieldToLoop: () => Promise<unknown>): Promise<CsvParse> {
  const { reader, records: all } = startImport(text);
  let records = 0;
  let sliceStart = performance.now();
  for (const record of all) {
    reader.read(record);
    records += 1;
    if ((records & 63) === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return reader.result();
}
