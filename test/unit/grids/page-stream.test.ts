// The rows of a first sync as pages arrive: sent in batches that grow with the rows the grid already holds (each
// batch costs the renderer's grid a pass over all its rows), at least once a second, each row once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GridRows, Row } from '../../../src-preload/contract/grids.ts';
import { createPageStream } from '../../../src-main/grids/page-stream.ts';

const base = { profileId: 'p', resource: 'phone-numbers', tab: null };
const page = (from: number, count = 500): Row[] =>
  Array.from({ length: count }, (_, index) => ({ '@id': `/phonenumbers/${from + index}`, extra: { kept: true } }));

let sent: GridRows[];
beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
});
afterEach(() => vi.useRealTimers());

const batches = (): number[] => sent.map((rows) => (JSON.parse(rows.rowsJson) as Row[]).length);

describe('the page stream of a first sync', () => {
  it('sends the first rows at once, then batches of at least half the rows sent before, or after a second', () => {
    const stream = createPageStream(base, { wanted: () => true, send: (rows) => sent.push(rows) });
    // a page every 50 ms: 10,000 rows a second
    for (let index = 0; index < 60; index += 1) {
      stream.add(page(index * 500));
      vi.advanceTimersByTime(50);
    }
    stream.stop();
    const sizes = batches();
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(30_000);
    expect(sizes[0]).toBeLessThanOrEqual(2_500);
    // not one batch every 250 ms (12 of them): each batch but the last is at least half of what went before
    for (let index = 1; index < sizes.length - 1; index += 1) {
      const before = sizes.slice(0, index).reduce((sum, size) => sum + size, 0);
      expect(sizes[index]).toBeGreaterThanOrEqual(before / 2);
    }
    expect(sizes.length).toBeLessThanOrEqual(7);
    expect(sent.at(-1)).toMatchObject({ kind: 'pages', loaded: 30_000 });
  });

  it('a slow listing still shows its rows at least once a second', () => {
    const stream = createPageStream(base, { wanted: () => true, send: (rows) => sent.push(rows) });
    stream.add(page(0, 10_000));
    vi.advanceTimersByTime(300);
    expect(batches()).toEqual([10_000]);
    // 500 rows a second: far below half of what the grid has
    stream.add(page(10_000));
    vi.advanceTimersByTime(600);
    expect(batches()).toEqual([10_000]);
    // a second after the last batch (at the next look, every 250 ms)
    vi.advanceTimersByTime(500);
    expect(batches()).toEqual([10_000, 500]);
  });

  it('sends each row once, keeps unknown fields, and holds rows until a grid wants them', () => {
    let wanted = false;
    const stream = createPageStream(base, { wanted: () => wanted, send: (rows) => sent.push(rows) });
    stream.add(page(0, 3));
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual([]);
    wanted = true;
    // a row that shifted to the next page arrives again
    stream.add([...page(2, 2), { extra: 'no IRI' }]);
    vi.advanceTimersByTime(300);
    const rows = sent.flatMap((rows) => JSON.parse(rows.rowsJson) as Row[]);
    expect(rows.map((row) => row['@id'])).toEqual([
      '/phonenumbers/0',
      '/phonenumbers/1',
      '/phonenumbers/2',
      '/phonenumbers/3',
    ]);
    expect(rows[0]).toMatchObject({ extra: { kept: true } });
    expect(stream.sent.size).toBe(4);
  });
});
