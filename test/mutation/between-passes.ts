/**
 * `node test/mutation/between-passes.ts <group>`, run by mutate.sh after a group's first pass: forgets the static
 * mutants (module-level declarations) the fast tests left alive. Stryker reuses a survivor unless a test that covers
 * it is new, and a static mutant has no per-test coverage, so the second pass would keep it as survived without ever
 * running the slow tests on it. Forgotten, it is tested again with every test of the group.
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
console.log(`== ${group}: ${forgotten} static mutants the first pass left alive go to the second pass`);
