import { defineConfig } from 'vitest/config';
import { MUTATION_GROUPS } from './test/mutation/groups.ts';
import base from './vitest.config.ts';

/** The unit and integration settings, limited to the test files of one mutation group (MUTATE_GROUP). */
const name = process.env['MUTATE_GROUP'] ?? '';
const group = MUTATION_GROUPS[name];
if (!group) throw new Error(`MUTATE_GROUP must name a group of test/mutation/groups.ts (got "${name}").`);

export default defineConfig({ ...base, test: { ...base.test, include: group.tests } });
