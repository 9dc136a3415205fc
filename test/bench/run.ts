// `npm run bench`: runs every bench module of this folder, prints a table and writes bench-results.json.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { meetsTarget, type BenchFigure, type BenchModule } from './figure.ts';

const here = import.meta.dirname;
const HARNESS_FILES = new Set(['run.ts', 'figure.ts']);
const only = process.argv[2];

const modules = (await readdir(here))
  .filter((file) => file.endsWith('.ts') && !HARNESS_FILES.has(file) && !file.endsWith('.d.ts'))
  .filter((file) => !only || file.includes(only))
  .sort();

// Loaded and checked before any runs: a support file left at this level would otherwise end a long run at its turn.
const benches: Array<[string, BenchModule]> = [];
for (const file of modules) {
  const bench = (await import(pathToFileURL(path.join(here, file)).href)) as Partial<BenchModule>;
  if (typeof bench.default !== 'function') {
    throw new Error(`test/bench/${file} has no default bench function; support code belongs in test/bench/fixtures/`);
  }
  benches.push([file, bench as BenchModule]);
}

const figures: BenchFigure[] = [];
for (const [file, bench] of benches) {
  process.stdout.write(`running ${file}…\n`);
  figures.push(...(await bench.default()));
}

const outputFile = path.resolve(here, '../../bench-results.json');
await writeFile(outputFile, `${JSON.stringify(figures, null, 2)}\n`);

const format = (value: number | null): string =>
  value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(3);
const verdicts = figures.map(meetsTarget);
const rows = figures.map((figure, index) => [
  figure.name,
  `${format(figure.value)} ${figure.unit}`,
  format(figure.baseline),
  figure.ratio === null ? '—' : `${figure.ratio.toFixed(Math.abs(figure.ratio) < 10 ? 3 : 2)}x`,
  figure.target ?? '—',
  verdicts[index] === null ? '—' : verdicts[index] ? 'met' : 'MISSED',
]);
const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
process.stdout.write(
  `\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}\n`,
);
const judged = verdicts.filter((verdict) => verdict !== null);
process.stdout.write(`\ntargets met: ${judged.filter(Boolean).length} of ${judged.length}\n`);
process.stdout.write(
  `\n${figures.length === 0 ? 'No bench modules yet.' : `${figures.length} figures`} written to ${path.relative(process.cwd(), outputFile)}\n`,
);
