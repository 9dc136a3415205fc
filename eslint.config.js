// @ts-check
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** The only files that may import Electron or the libraries that need it; everything else is plain TypeScript. */
const ELECTRON_GLUE = [
  'src-main/index.ts',
  'src-main/electron/**/*.ts',
  'src-preload/index.ts',
  'test/unit/electron/**/*.ts',
];
const ELECTRON_MODULES = ['electron', 'electron-store', 'keytar'];

const electronBan = ELECTRON_MODULES.map((name) => ({
  name,
  message: `Only the Electron glue files (${ELECTRON_GLUE.join(', ')}) may import "${name}": inject what you need instead.`,
}));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { paths: electronBan }],
    },
  },
  {
    files: ELECTRON_GLUE,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ELECTRON_GLUE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronBan,
          patterns: [{ group: ['**/src-renderer/**'], message: 'Main never imports renderer code.' }],
        },
      ],
    },
  },
  {
    // Main says things to operators by message code (message(code, params)); the words live in the renderer's
    // English and Dutch catalogs. The demo platform imitates a remote platform and may hold its own texts.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/demo/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='nl'], Property[key.value='nl']",
          message:
            'Main holds no Dutch or English sentences: send message(code, params) and add the words to the catalogs.',
        },
      ],
    },
  },
  {
    files: ['src-preload/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronBan,
          patterns: [
            {
              regex: '^(?!zod$|\\./)',
              message: 'The contract is shared by all processes: it imports only zod and its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pure rules both sides run (phone-number forms, spreadsheet-safe cells): no zod, no outside imports, so the
    // renderer may take their runtime code and stay free of zod.
    files: ['src-preload/contract/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronBan,
          patterns: [{ regex: '^(?!\\./)', message: 'Shared pure code imports only its own folder.' }],
        },
      ],
    },
  },
  {
    files: ['src-preload/index.ts', 'src-preload/noc-api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\./contract/|\\./noc-api\\.ts$)',
              message: 'The preload imports only electron and the IPC contract: it holds no logic of its own.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every word an operator reads comes from the catalogs (English and Dutch, same keys): no text written in JSX.
    files: ['src-renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only', words: { exclude: ['^[^A-Za-z]*$'] } }],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'JSXAttribute[name.name=/^(title|aria-label|aria-description|placeholder|alt)$/] > Literal[value=/[A-Za-z]/]',
          message: 'Operator text comes from the catalog: use t(…) for titles, labels and placeholders.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...electronBan,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer has no Node.js: ask main through window.noc.',
            })),
          ],
          patterns: [
            {
              group: ['**/src-main/**'],
              message: 'The renderer never imports main code: ask main through window.noc.',
            },
            {
              group: ['**/src-preload/**', '!**/src-preload/contract', '!**/src-preload/contract/**'],
              message: 'The renderer sees only the IPC contract of the preload.',
            },
            {
              regex: 'src-preload/contract(?!/shared/)',
              allowTypeImports: true,
              message: 'The renderer takes types from the contract, never its runtime code (zod stays in main).',
            },
          ],
        },
      ],
    },
  },
);
