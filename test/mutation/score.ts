/**
 * `node test/mutation/score.ts [group ...]`: each group's score from its kept result
 * (test/mutation/incremental/<group>.json), and the score of `resources` and `resources-static` read together: a
 * mutant of src-main/resources counts as detected when either group detected it (one runs the integration tests,
 * the other the static mutants).
 */
import { DETECTED, groupsToRead, mutantKey, readKept, UNDETECTED, type Mutant } from './kept-results.ts';

function load(group: string): Map<string, Mutant> {
  const mutants = new Map<string, Mutant>();
  for (const [file, { mutants: list }] of Object.entries(readKept(group).files)) {
    for (const m of list) mutants.set(mutantKey(file, m), m);
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

const groups = groupsToRead(process.argv);
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
