/**
 * `node test/mutation/unlisted.ts [group ...]`: the surviving and uncovered mutants of each kept result
 * (test/mutation/incremental/<group>.json) whose line test/EQUIVALENT-MUTANTS.md does not name. Each is a missing
 * test, an entry to write, a kept result older than the tests that kill it, or a line number that drifted since
 * its entry was written. A mutant counts as listed when an entry names its file and its line or a range that holds
 * it (`file.ts:25`, `file.ts:25-31`), or names its file without lines and quotes code of the mutated line. Exits 1
 * when any is left.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DETECTED, groupsToRead, mutantKey, readKept, UNDETECTED } from './kept-results.ts';

const listing = readFileSync(path.join(import.meta.dirname, '..', 'EQUIVALENT-MUTANTS.md'), 'utf8');

interface Entry {
  /** Files the entry names with the lines it names (none: the entry names the file only). */
  files: Map<string, Array<[number, number]>>;
  /** The code it quotes (in backticks), to place an entry that names no line. */
  quotes: string[];
}

/** The listing's entries: each bullet, with the files and lines it names and the code it quotes. */
function entries(): Entry[] {
  return listing
    .split(/\n(?=- )/)
    .filter((bullet) => bullet.startsWith('- '))
    .map((bullet) => {
      const files = new Map<string, Array<[number, number]>>();
      // `file.ts:N`, `file.ts:N-M` (or N–M), or a bare `:N` that goes on naming lines of the file named before it
      let last: string | null = null;
      for (const [, file, from, to, bareFrom, bareTo] of bullet.matchAll(
        /([\w.-]+\.tsx?)(?::(\d+)(?:[-–](\d+))?)?|(?<=[`\s]):(\d+)(?:[-–](\d+))?/g,
      )) {
        if (file !== undefined) last = file;
        if (last === null) continue;
        const ranges = files.get(last) ?? [];
        const start = from ?? bareFrom;
        if (start !== undefined) ranges.push([Number(start), Number(to ?? bareTo ?? start)]);
        files.set(last, ranges);
      }
      const quotes = [...bullet.matchAll(/`([^`]{4,})`/g)]
        .map(([, quote]) => quote!.replace(/\s+/g, ' '))
        .filter((quote) => !/^[\w.-]+\.tsx?(:\d+)?$/.test(quote));
      return { files, quotes };
    });
}

const listed = entries();
/** Named by file and line; or, where an entry names the file without lines, by a quote of the mutated line. */
const isListed = (file: string, line: number, code: string): boolean =>
  listed.some(({ files, quotes }) => {
    const ranges = files.get(path.basename(file));
    if (ranges === undefined) return false;
    if (ranges.length > 0) return ranges.some(([from, to]) => line >= from && line <= to);
    const text = code.replace(/\s+/g, ' ');
    return quotes.some((quote) => text.includes(quote) || quote.includes(text.trim()));
  });

const groups = groupsToRead(process.argv);

/**
 * Mutants another group detected: `resources-static` re-tests every mutant of src-main/resources with the unit tests
 * only, and a mutant inside a function is the `resources` group's, whose integration tests may kill it (as score.ts
 * reads the two together).
 */
function detectedElsewhere(group: string): Set<string> {
  const detected = new Set<string>();
  if (group !== 'resources-static') return detected;
  for (const [file, { mutants }] of Object.entries(readKept('resources').files)) {
    for (const m of mutants) if (DETECTED.has(m.status)) detected.add(mutantKey(file, m));
  }
  return detected;
}

let left = 0;
for (const group of groups) {
  const report = readKept(group);
  const elsewhere = detectedElsewhere(group);
  const lines: string[] = [];
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const text = source.split('\n');
    for (const m of mutants) {
      const { line, column } = m.location.start;
      if (!UNDETECTED.has(m.status) || elsewhere.has(mutantKey(file, m))) continue;
      if (isListed(file, line, text[line - 1] ?? '')) continue;
      const code = text[line - 1]?.slice(column - 1, column + 59).trim() ?? '';
      lines.push(
        `  ${file}:${line}:${column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '').slice(0, 50)}  (${code})`,
      );
    }
  }
  left += lines.length;
  process.stdout.write(`${group}: ${lines.length} not listed\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
}
process.exitCode = left > 0 ? 1 : 0;
