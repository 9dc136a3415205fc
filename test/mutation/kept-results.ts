/** The kept results of `npm run mutate` (test/mutation/incremental/<group>.json), as score.ts and unlisted.ts read them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
export type Report = { files: Record<string, { source: string; mutants: Mutant[] }> };

export const DETECTED = new Set(['Killed', 'Timeout']);
export const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const dir = path.join(import.meta.dirname, 'incremental');

export const readKept = (group: string): Report =>
  JSON.parse(readFileSync(path.join(dir, `${group}.json`), 'utf8')) as Report;

/** The groups named on the command line, or every group with a kept result. */
export function groupsToRead(argv: readonly string[]): string[] {
  if (argv.length > 2) return argv.slice(2);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** One mutant across groups' results: the same file, place, mutator and replacement. */
export function mutantKey(file: string, m: Mutant): string {
  const { start, end } = m.location;
  return `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement ?? ''}`;
}
