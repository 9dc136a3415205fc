/**
 * The core's module groups for mutation testing, each with the test files that exercise it. A test file missing
 * here lets its module's mutants survive, so when you add tests for a module, add the file to its group.
 */
export const MUTATION_GROUPS: Record<string, { mutate: string[]; tests: string[] }> = {
  ipc: {
    mutate: ['src-main/ipc/**/*.ts'],
    tests: ['test/unit/ipc/**/*.test.ts', 'test/unit/electron/ipc-transport.test.ts'],
  },
  security: {
    mutate: ['src-main/security/**/*.ts'],
    tests: ['test/unit/security/**/*.test.ts', 'test/unit/electron/web-security.test.ts'],
  },
  secrets: {
    mutate: ['src-main/secrets/**/*.ts'],
    tests: ['test/unit/secrets/**/*.test.ts', 'test/integration/profiles/keychain.test.ts'],
  },
  logging: {
    mutate: ['src-main/logging/**/*.ts'],
    tests: ['test/unit/logging/**/*.test.ts'],
  },
  storage: {
    mutate: ['src-main/storage/**/*.ts'],
    tests: ['test/unit/storage/**/*.test.ts'],
  },
  renderer: {
    mutate: [
      'src-preload/contract/shared/**/*.ts',
      'src-renderer/src/grid/{format,phone-search,quick-search-index,tsv}.ts',
    ],
    tests: [
      'test/unit/renderer/**/*.test.ts',
      'test/unit/shared/**/*.test.ts',
      'test/unit/resources/phone-search.test.ts',
    ],
  },
  resources: {
    mutate: ['src-main/resources/**/*.ts'],
    tests: [
      'test/unit/resources/**/*.test.ts',
      'test/unit/shared/**/*.test.ts',
      'test/integration/resources/**/*.test.ts',
    ],
  },
  platform: {
    mutate: ['src-main/platform/**/*.ts'],
    tests: ['test/unit/platform/**/*.test.ts', 'test/integration/platform/**/*.test.ts'],
  },
  cache: {
    mutate: ['src-main/cache/**/*.ts'],
    tests: ['test/unit/cache/**/*.test.ts', 'test/integration/cache/**/*.test.ts'],
  },
  bulk: {
    mutate: ['src-main/bulk/**/*.ts'],
    tests: ['test/unit/bulk/**/*.test.ts', 'test/integration/bulk/**/*.test.ts'],
  },
};
