/**
 * `node test/mutation/between-passes.ts <group>`, run by mutate.sh after a group's first pass, and before an
 * incremental run with `--retest-static`: forgets the static mutants (module-level declarations) a kept result holds
 * as survived or uncovered. Stryker reuses a survivor unless a test that covers it is new, and a static mutant has no
 * per-test coverage, so a run would keep it as survived without ever running the slow tests (or the tests written
 * since) on it. Forgotten, it is tested again with every test of the group.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Mutant {
  status: string;
  static?: boolean;
}
type Report = { files: Record<string, { mutants: Mutant[] }> };

const group = process.argv[2];
if (!group) throw new Error('usage: node test/mutation/between-passes.ts <group>');
const file = path.join(import.meta.dirname, 'incremental', `${group}.json`);
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
let forgotten = 0;
for (const entry of Object.values(report.files)) {
  const before = entry.mutants.length;
  entry.mutants = entry.mutants.filter(
    (m) => !(m.static === true && (m.status === 'Survived' || m.status === 'NoCoverage')),
  );
  forgotten += before - entry.mutants.length;
}
writeFileSync(file, JSON.stringify(report));
console.log(`== ${group}: ${forgotten} static mutants left alive are tested again`);
