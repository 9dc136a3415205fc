/**
 * `node test/mutation/score.ts [group ...]`: each group's score from its kept result
 * (test/mutation/incremental/<group>.json), and the score of `resources` and `resources-static` read together: a
 * mutant of src-main/resources counts as detected when either group detected it (one runs the integration tests,
 * the other the static mutants).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
type Report = { files: Record<string, { mutants: Mutant[] }> };

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const dir = path.join(import.meta.dirname, 'incremental');

function load(group: string): Map<string, Mutant> {
  const report = JSON.parse(readFileSync(path.join(dir, `${group}.json`), 'utf8')) as Report;
  const mutants = new Map<string, Mutant>();
  for (const [file, { mutants: list }] of Object.entries(report.files)) {
    for (const m of list) {
      const { start, end } = m.location;
      mutants.set(
        `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement ?? ''}`,
        m,
      );
    }
  }
  return mutants;
}

function line(name: string, statuses: string[]): string {
  const count = (wanted: (status: string) => boolean): number => statuses.filter(wanted).length;
  const detected = count((s) => DETECTED.has(s));
  const valid = detected + count((s) => UNDETECTED.has(s));
  const score = valid === 0 ? '—' : `${((100 * detected) / valid).toFixed(2)}%`;
  const by = (status: string): number => count((s) => s === status);
  return `${name.padEnd(34)} ${score.padStart(7)}  killed ${by('Killed')}, timed out ${by('Timeout')}, survived ${by('Survived')}, no coverage ${by('NoCoverage')}, compile errors ${by('CompileError')}, ignored ${by('Ignored')}, of ${statuses.length}`;
}

const groups =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -'.json'.length))
        .sort();
for (const group of groups)
  console.log(
    line(
      group,
      [...load(group).values()].map((m) => m.status),
    ),
  );

if (groups.includes('resources') && groups.includes('resources-static')) {
  const dynamic = load('resources');
  const all = load('resources-static');
  const together = [...all].map(([key, m]) => {
    const other = dynamic.get(key)?.status;
    if (other && DETECTED.has(other)) return other;
    return m.status;
  });
  console.log(line('resources + resources-static', together));
}
