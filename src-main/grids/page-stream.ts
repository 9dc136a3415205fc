import type { GridRows, Row } from '../../src-preload/contract/grids.ts';
import type { SyncBase } from './gap-ending.ts';
import { rowKey, type RowDiff } from './row-diff.ts';

/** How often a first sync looks at the rows read since it last sent some. */
const PAGES_INTERVAL_MS = 250;
/**
 * Rows are sent once they are at least this share of the rows sent before (or the wait reached MAX_WAIT_MS): each
 * batch costs the renderer's grid a pass over every row it holds (AG Grid re-sorts and positions them all), so
 * batches of a constant size would cost it the square of the rows. The first rows go out at once.
 */
const BATCH_GROWTH = 0.5;
const MAX_WAIT_MS = 1_000;

export interface PageStream {
  /** A page's new items, as the listing reads them. */
  add: (items: unknown[]) => void;
  /** The total the platform announced, sent along with the rows. */
  setTotal: (total: number | null) => void;
  /** The listing has ended: what waits is sent now (if wanted). */
  stop: () => void;
  /** The rows sent, by IRI: what the renderer has besides its cached rows. */
  sent: Map<string, Row>;
  /** How many batches went out (for the log). */
  batches: () => number;
}

/**
 * The rows of a refresh as pages arrive, sent in growing batches (at least once a second) while a grid that opened
 * with nothing cached waits for them (contract, step 3); a refresh the overview started earlier serves such a grid too.
 */
export function createPageStream(
  base: SyncBase,
  deps: { wanted: () => boolean; send: (rows: GridRows) => void },
): PageStream {
  const sent = new Map<string, Row>();
  let waiting: Row[] = [];
  let total: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSentAt = 0;
  let batches = 0;
  const flush = (): void => {
    timer = null;
    if (waiting.length === 0 || !deps.wanted()) return;
    const rows: Row[] = [];
    for (const row of waiting) {
      // the listing's collector has already dropped rows it read twice; one map of what went out is enough here
      const iri = row['@id'] as string;
      if (sent.has(iri)) continue;
      sent.set(iri, row);
      rows.push(row);
    }
    waiting = [];
    if (rows.length === 0) return;
    lastSentAt = Date.now();
    batches += 1;
    deps.send({ ...base, kind: 'pages', streamId: null, rowsJson: JSON.stringify(rows), loaded: sent.size, total });
  };
  const tick = (): void => {
    timer = null;
    const small = waiting.length < sent.size * BATCH_GROWTH;
    if (small && Date.now() - lastSentAt < MAX_WAIT_MS) timer = setTimeout(tick, PAGES_INTERVAL_MS);
    else flush();
  };
  return {
    sent,
    batches: () => batches,
    add(items) {
      for (const item of items as Row[]) {
        const iri = item['@id'];
        // rows without an IRI are keyed by position only at the end; they come with the changes
        if (typeof iri !== 'string' || iri === '') continue;
        waiting.push(item);
      }
      timer ??= setTimeout(tick, PAGES_INTERVAL_MS);
    },
    stop() {
      if (timer) clearTimeout(timer);
      flush();
    },
    setTotal(value) {
      total = value;
    },
  };
}

/** What differs between the rows the renderer was sent and the rows a refresh ends with (by identity first). */
export function diffFromSent(sent: ReadonlyMap<string, Row>, rows: readonly Row[], path: string): RowDiff {
  const left = new Map(sent);
  const added: Row[] = [];
  const updated: Row[] = [];
  rows.forEach((row, index) => {
    const key = rowKey(row, index, path);
    const before = left.get(key);
    if (before === undefined) added.push(row);
    else if (before !== row && JSON.stringify(before) !== JSON.stringify(row)) updated.push(row);
    left.delete(key);
  });
  return { added, updated, removed: [...left.keys()] };
}
