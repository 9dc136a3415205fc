import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

// The renderer's catalogs, loaded by path: this (Node) project does not compile renderer code.
async function catalog(file: string, name: string): Promise<object> {
  const module = (await import(path.join(root, 'src-renderer/src/i18n', file))) as Record<string, object>;
  return module[name]!;
}
const en = await catalog('en.ts', 'en');
const nl = await catalog('nl.ts', 'nl');
const messagesEn = await catalog('messages.en.ts', 'messagesEn');
const messagesNl = await catalog('messages.nl.ts', 'messagesNl');

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, value]) =>
    typeof value === 'string' ? [`${prefix}${name}`] : keys(value as object, `${prefix}${name}.`),
  );
}

function has(tree: object, code: string): boolean {
  const plain = keys(tree).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''));
  return plain.includes(code);
}

describe('the message catalog', () => {
  it('every code main sends has a text in English and in Dutch', async () => {
    const used = new Set<string>();
    for (const file of await sources(path.join(root, 'src-main'))) {
      const source = await readFile(file, 'utf8');
      for (const match of source.matchAll(/\bmessage\(\s*'([a-zA-Z0-9.]+)'/g)) used.add(match[1]!);
    }
    const missing = [...used].filter((code) => !has(messagesEn, code) || !has(messagesNl, code));
    expect(missing).toEqual([]);
  });
});

describe('the catalogs', () => {
  it('English and Dutch have the same keys (plural forms aside)', () => {
    const plain = (tree: object) => new Set(keys(tree).map((key) => key.replace(/_(one|other)$/, '')));
    expect([...plain({ ...nl, msg: messagesNl })].sort()).toEqual([...plain({ ...en, msg: messagesEn })].sort());
  });
});
