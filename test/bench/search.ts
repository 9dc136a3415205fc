// The one search over a cache of 100,000 demo phone numbers (and every other resource at that scale): the time per
// keystroke while typing a number as "+31 20 123 4567", a unit code and a customer name, against a plain scan of
// every cached row's values for the same keystrokes, in the same run. The index build is reported once.
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, plainScan } from '../../src-main/search/search-index.ts';
import { demoCollections } from '../unit/overview/demo-collections.ts';
import type { BenchFigure } from './figure.ts';

const ROWS = 100_000;

/** Every prefix of what a person types, one per keystroke. */
function keystrokes(typed: string): string[] {
  return [...typed].map((_, index) => typed.slice(0, index + 1));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export default async function run(): Promise<BenchFigure[]> {
  const now = Date.now();
  const { data, demo } = await demoCollections(ROWS, now);
  const started = performance.now();
  const index = buildSearchIndex(data);
  const buildMs = performance.now() - started;
  const numbers = demo.phoneNumbers.all();
  const typed = [
    ...[0.1, 0.5, 0.9].map((at) => {
      const number = numbers[Math.floor(at * numbers.length)]!.number;
      return `+31 ${number.slice(1, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
    }),
    demo.trackingDevices.all()[3]!.unitCode,
    demo.customers.all()[5]!.name.slice(0, 12),
  ];
  const indexed: number[] = [];
  const scanned: number[] = [];
  for (const text of typed)
    for (const query of keystrokes(text)) {
      const t0 = performance.now();
      index.query(query, 20);
      indexed.push(performance.now() - t0);
    }
  // The baseline is slow: one pass of the first typed number is enough to show it.
  for (const query of keystrokes(typed[0]!)) {
    const t0 = performance.now();
    plainScan(data, query);
    scanned.push(performance.now() - t0);
  }
  const p95 = percentile(indexed, 0.95);
  const scanMedian = percentile(scanned, 0.5);
  process.stdout.write(
    `  search: index built in ${buildMs.toFixed(0)} ms; per keystroke median ${percentile(indexed, 0.5).toFixed(3)} ms, ` +
      `p95 ${p95.toFixed(3)} ms, max ${Math.max(...indexed).toFixed(3)} ms over ${indexed.length} keystrokes; ` +
      `plain scan median ${scanMedian.toFixed(1)} ms\n`,
  );
  return [
    {
      name: `one search, per keystroke at ${ROWS.toLocaleString('en')} numbers (p95), index vs plain scan (lower is better)`,
      value: Number(p95.toFixed(3)),
      unit: 'ms',
      baseline: Number(scanMedian.toFixed(1)),
      ratio: p95 / scanMedian,
      target: '<= 100 ms',
    },
    {
      name: `one search, building the index from ${ROWS.toLocaleString('en')} cached numbers (once per cache change)`,
      value: Number(buildMs.toFixed(0)),
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: null,
    },
  ];
}
