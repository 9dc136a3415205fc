import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repoRoot });

async function wordRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'i18next/no-literal-string' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.ruleId!);
}

const component = (jsx: string): string =>
  `import { useTranslation } from 'react-i18next';\nexport function Example() {\n  const { t } = useTranslation();\n  return ${jsx};\n}\n`;

describe('operator words in the renderer come from the catalogs', () => {
  const file = 'src-renderer/src/shell/Example.tsx';

  it('refuses words written into JSX text', async () => {
    expect(await wordRules(file, component(`<p>Refresh failed</p>`))).toEqual(['i18next/no-literal-string']);
  });

  it.each(['title', 'aria-label', 'placeholder', 'alt'])('refuses words written into %s', async (attribute) => {
    expect(await wordRules(file, component(`<button ${attribute}="Close">{t('x')}</button>`))).toEqual([
      'no-restricted-syntax',
    ]);
  });

  it('lets catalog texts, symbols and technical attributes through', async () => {
    expect(
      await wordRules(
        file,
        component(`<button type="button" className="ghost" title={t('close')} aria-label={t('close')}>×</button>`),
      ),
    ).toEqual([]);
  });
});

describe('main holds no operator sentences', () => {
  it('refuses a two-language text in main code', async () => {
    expect(
      await wordRules('src-main/bulk/example.ts', `export const t = { en: 'Nothing to do', nl: 'Niets te doen' };\n`),
    ).toEqual(['no-restricted-syntax']);
  });

  it('lets message codes through, and the demo platform keep its own texts', async () => {
    expect(
      await wordRules(
        'src-main/bulk/example.ts',
        `import { message } from '../../src-preload/contract/messages.ts';\nexport const t = message('bulk.nothingToDo');\n`,
      ),
    ).toEqual([]);
    expect(await wordRules('src-main/demo/example.ts', `export const t = { en: 'x', nl: 'y' };\n`)).toEqual([]);
  });
});
