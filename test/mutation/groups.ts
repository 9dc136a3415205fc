/**
 * The core's module groups for mutation testing, each with the test files that exercise it. A test file missing
 * here lets its module's mutants survive, so when you add tests for a module, add the file to its group.
 */
const MAIN = 'test/mutation/tsconfig.main.json';
const WEB = 'test/mutation/tsconfig.web.json';

/**
 * Left out of the bulk groups: each of its tests waits out dozens of one-second Retry-After windows (40–90 s), and
 * every mutant of the engine would run them. They stay in `npm test`; the shorter fault tests stay in the groups.
 */
const SLOW_BULK_SCENARIOS = ['test/integration/bulk/fault-scenarios.test.ts'];

// unit tests outside test/unit/platform that run the platform client's modules (paging, redaction, the bulk
// engine's governor and its budget estimate)
const PLATFORM_USERS_UNIT = [
  'test/unit/schema/paging.test.ts',
  'test/unit/logging/logger.test.ts',
  'test/unit/bulk/send-and-read.test.ts',
  'test/unit/bulk/perform-order.test.ts',
];

export const MUTATION_GROUPS: Record<
  string,
  {
    mutate: string[];
    tests: string[];
    exclude?: string[];
    tsconfig: string;
    ignoreStatic?: boolean;
    retestAll?: boolean;
    /**
     * Fast tests a first pass runs alone when everything is tested anew (mutate.sh: `--force`, or no kept result).
     * The second pass, with every test of the group, reuses what the first killed (Stryker's incremental mode keeps a
     * mutant whose killing test is unchanged) and re-tests the rest against the slow tests; between the two,
     * between-passes.ts forgets the static survivors, which Stryker would otherwise keep.
     */
    firstPass?: string[];
  }
> = {
  ipc: {
    tsconfig: MAIN,
    mutate: ['src-main/ipc/**/*.ts'],
    tests: ['test/unit/ipc/**/*.test.ts', 'test/unit/electron/ipc-transport.test.ts'],
  },
  security: {
    tsconfig: MAIN,
    mutate: ['src-main/security/**/*.ts'],
    tests: ['test/unit/security/**/*.test.ts', 'test/unit/electron/web-security.test.ts'],
  },
  secrets: {
    tsconfig: MAIN,
    mutate: ['src-main/secrets/**/*.ts'],
    tests: ['test/unit/secrets/**/*.test.ts', 'test/integration/profiles/keychain.test.ts'],
  },
  logging: {
    tsconfig: MAIN,
    mutate: ['src-main/logging/**/*.ts'],
    tests: ['test/unit/logging/**/*.test.ts'],
  },
  storage: {
    tsconfig: MAIN,
    mutate: ['src-main/storage/**/*.ts'],
    tests: ['test/unit/storage/**/*.test.ts'],
  },
  renderer: {
    tsconfig: WEB,
    mutate: [
      'src-preload/contract/shared/**/*.ts',
      'src-renderer/src/grid/{format,open-ahead,phone-search,quick-search-index,search-filter,tsv}.ts',
    ],
    tests: [
      'test/unit/renderer/**/*.test.ts',
      'test/unit/shared/**/*.test.ts',
      'test/unit/resources/phone-search.test.ts',
      'test/unit/overview/deadlines.test.ts',
      'test/unit/overview/overview.test.ts',
      'test/unit/security/spreadsheet-safe.test.ts',
      'test/unit/bulk/csv.property.test.ts',
    ],
  },
  // A static mutant (a module-level declaration: the descriptors, the yes/no words, the writable-field tables) needs
  // the whole test list run for it, 15–45 s with the integration tests here: this group leaves them to
  // `resources-static`, which runs the same files against the fast unit tests only.
  resources: {
    tsconfig: MAIN,
    mutate: ['src-main/resources/**/*.ts'],
    ignoreStatic: true,
    tests: [
      'test/unit/resources/**/*.test.ts',
      'test/unit/shared/**/*.test.ts',
      'test/integration/resources/**/*.test.ts',
      // the descriptors, edit checks and writable fields are bound to the platform's schema there
      'test/unit/schema/**/*.test.ts',
      'test/integration/schema/**/*.test.ts',
      'test/unit/bulk/schema-writes.test.ts',
      'test/integration/bulk/dialect-writes.test.ts',
      'test/integration/bulk/platform-formats.test.ts',
    ],
  },
  // Always a full run: an incremental run reuses a static mutant's result even after the tests that kill it change
  // (it is covered by every test, which the incremental differ does not follow). Its non-static mutants are the
  // `resources` group's too, measured here against fewer tests: read the two groups together.
  'resources-static': {
    tsconfig: MAIN,
    retestAll: true,
    mutate: ['src-main/resources/**/*.ts'],
    tests: ['test/unit/resources/**/*.test.ts', 'test/unit/schema/**/*.test.ts'],
  },
  // platform and bulk are split in two each so that a run fits in a working session on two cores
  'platform-pipeline': {
    tsconfig: MAIN,
    mutate: ['src-main/platform/pipeline/**/*.ts'],
    tests: ['test/unit/platform/**/*.test.ts', 'test/integration/platform/**/*.test.ts'],
  },
  platform: {
    tsconfig: MAIN,
    mutate: ['src-main/platform/**/*.ts', '!src-main/platform/pipeline/**/*.ts'],
    tests: [
      'test/unit/platform/**/*.test.ts',
      'test/integration/platform/**/*.test.ts',
      ...PLATFORM_USERS_UNIT,
      // base-url and url reached through the profile, connection and link checks
      'test/integration/profiles/**/*.test.ts',
      'test/integration/security/link-hosts.test.ts',
      'test/integration/security/secret-leaks.test.ts',
    ],
    firstPass: ['test/unit/platform/**/*.test.ts', ...PLATFORM_USERS_UNIT],
  },
  cache: {
    tsconfig: MAIN,
    mutate: ['src-main/cache/**/*.ts'],
    tests: [
      'test/unit/cache/**/*.test.ts',
      'test/integration/cache/**/*.test.ts',
      // snapshots opened into memory ahead of a grid's open (ProfileCache.warm, largestResource)
      'test/integration/grids/snapshot-warm.test.ts',
    ],
  },
  'bulk-actions': {
    tsconfig: MAIN,
    mutate: ['src-main/bulk/actions/**/*.ts'],
    tests: ['test/unit/bulk/**/*.test.ts', 'test/integration/bulk/**/*.test.ts'],
    firstPass: ['test/unit/bulk/**/*.test.ts'],
    exclude: SLOW_BULK_SCENARIOS,
  },
  bulk: {
    tsconfig: MAIN,
    mutate: ['src-main/bulk/**/*.ts', '!src-main/bulk/actions/**/*.ts'],
    tests: ['test/unit/bulk/**/*.test.ts', 'test/integration/bulk/**/*.test.ts'],
    firstPass: ['test/unit/bulk/**/*.test.ts'],
    exclude: SLOW_BULK_SCENARIOS,
  },
};
