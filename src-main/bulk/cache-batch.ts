import type { Row } from './types.ts';

const FLUSH_MS = 200;

/**
 * Gathers what the platform returned and hands it to the cache a few times a second instead of once per row.
 * The journal, not the cache, is the record of what was applied, so a failed cache write is only a stale grid.
 */
export function createCacheBatcher(
  onApplied: (path: string, items: Row[]) => Promise<void>,
  onRemoved: ((path: string, iris: string[]) => Promise<void>) | undefined,
): { add(path: string, items: Row[], removed: string[]): void; flush(): Promise<void> } {
  const applied = new Map<string, Map<string, Row>>();
  const removed = new Map<string, Set<string>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const upserts: [string, Row[]][] = [...applied].map(([path, items]) => [path, [...items.values()]]);
    const removals: [string, string[]][] = [...removed].map(([path, iris]) => [path, [...iris]]);
    applied.clear();
    removed.clear();
    chain = chain.then(async () => {
      for (const [path, items] of upserts) await onApplied(path, items).catch(() => undefined);
      if (onRemoved) for (const [path, iris] of removals) await onRemoved(path, iris).catch(() => undefined);
    });
    return chain;
  };

  return {
    add(path, items, gone) {
      const byIri = applied.get(path) ?? new Map<string, Row>();
      for (const item of items) byIri.set(String(item['@id']), item);
      applied.set(path, byIri);
      if (gone.length > 0) {
        const set = removed.get(path) ?? new Set<string>();
        gone.forEach((iri) => set.add(iri));
        removed.set(path, set);
      }
      if (!timer) {
        timer = setTimeout(() => void flush(), FLUSH_MS);
        timer.unref?.();
      }
    },
    flush,
  };
}
