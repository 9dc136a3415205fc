import { configDefaults, defineConfig } from 'vitest/config';
import { MUTATION_GROUPS } from './test/mutation/groups.ts';
import base from './vitest.config.ts';

/** The unit and integration settings, limited to the test files of one mutation group (MUTATE_GROUP). */
const name = process.env['MUTATE_GROUP'] ?? '';
const group = MUTATION_GROUPS[name];
if (!group) throw new Error(`MUTATE_GROUP must name a group of test/mutation/groups.ts (got "${name}").`);
// MUTATE_PASS=first: the group's fast tests alone (see `firstPass` in groups.ts)
const firstPass = process.env['MUTATE_PASS'] === 'first';
if (firstPass && !group.firstPass) throw new Error(`The group "${name}" has no first pass.`);

// Mutation runs share two cores with other work and run instrumented code: a slow test is not a failed one.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: firstPass ? (group.firstPass ?? []) : group.tests,
    exclude: [...(base.test?.exclude ?? configDefaults.exclude), ...(group.exclude ?? [])],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
