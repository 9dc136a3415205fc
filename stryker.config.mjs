// @ts-check
/**
 * Mutation testing of the core (`npm run mutate`, see README "Tests"). One Stryker run per module group, each with
 * only the test files that exercise it: a dry run of the whole suite takes minutes, a group's a few seconds.
 * MUTATE_GROUP picks the group; test/mutation/mutate.sh runs them one after another.
 *
 * The group's tests are chosen by vitest.mutation.config.ts, not Stryker's `testFiles`: with `testFiles`, Stryker 10
 * activates static mutants (module-level constants) only after their module has loaded, so they all "survive"
 * (stryker-js issues 6144 and 6209).
 */
import { MUTATION_GROUPS } from './test/mutation/groups.ts';

const name = process.env.MUTATE_GROUP ?? '';
const group = MUTATION_GROUPS[name];
if (!group) {
  throw new Error(`Set MUTATE_GROUP to one of: ${Object.keys(MUTATION_GROUPS).join(', ')} (got "${name}").`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // forks, as in `npm test`: the runner's default (threads) hangs the keychain (libsecret) inside a worker thread
  vitest: { configFile: 'vitest.mutation.config.ts', related: false, pool: 'forks' },
  checkers: ['typescript'],
  // Type-checks only the process the group belongs to, without the tests: checking the whole build per mutant
  // kept the single test runner idle most of the time.
  tsconfigFile: group.tsconfig,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: group.mutate,
  ignoreStatic: group.ignoreStatic ?? false,
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one test runner (and the checker beside it), lowered priority by mutate.sh.
  // MUTATE_CONCURRENCY=4 on an otherwise idle machine: two checkers and two test runners.
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  timeoutMS: 10_000,
  dryRunTimeoutMinutes: 15,
  incremental: true,
  ...(group.retestAll ? { force: true } : {}),
  incrementalFile: `test/mutation/incremental/${name}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  // Anchored: a bare 'resources' would also drop src-main/resources from the sandbox.
  ignorePatterns: ['/out', '/dist', '/reports', '/test-results', '/playwright-report', '/test/e2e', '/resources'],
  thresholds: { high: 90, low: 85, break: null },
};

export default config;
