import type { ListAllOptions, ListAllResult } from '../platform/hydra.ts';
import { isPlatformError } from '../platform/errors.ts';

/** Page sizes tried, largest first, when the platform documents none or refuses the one asked for. */
const FALLBACK_SIZES = [500, 250, 200, 100, 50, 30] as const;

export type ListAll = <T>(path: string, options?: ListAllOptions) => Promise<ListAllResult<T>>;

export interface PageSizer {
  /** The page size to ask for: what the platform accepted before, else its documented maximum, else 500. */
  sizeFor(path: string): number;
  /** Lists a collection at that size; a 400 answer to the size steps down to the next smaller one and remembers it. */
  listAll<T>(listAll: ListAll, path: string, options?: ListAllOptions): Promise<ListAllResult<T>>;
}

// A 400 is this platform's validation error too (a refused filter, say): only one that names the page size is a
// reason to ask again with smaller pages.
const refusesPageSize = (failure: unknown): boolean =>
  isPlatformError(failure) &&
  failure.kind === 'http' &&
  failure.status === 400 &&
  /itemsPerPage|\bpage|paginat/i.test(
    [failure.platformMessage ?? '', ...failure.violations.map((v) => `${v.field} ${v.message}`)].join(' '),
  );

/** `scope` keeps what one platform accepted apart from another's (the profile id). */
export function createPageSizer(
  documentedMaximum: (path: string) => number | null,
  scope: () => string = () => '',
): PageSizer {
  const accepted = new Map<string, number>();
  const sizeFor = (path: string): number =>
    accepted.get(`${scope()}|${path}`) ?? documentedMaximum(path) ?? FALLBACK_SIZES[0];
  return {
    sizeFor,
    async listAll<T>(list: ListAll, path: string, options: ListAllOptions = {}): Promise<ListAllResult<T>> {
      let size = sizeFor(path);
      for (;;) {
        try {
          const result = await list<T>(path, { ...options, itemsPerPage: size });
          accepted.set(`${scope()}|${path}`, size);
          return result;
        } catch (failure) {
          const smaller = FALLBACK_SIZES.find((candidate) => candidate < size);
          if (!refusesPageSize(failure) || smaller === undefined) throw failure;
          size = smaller;
        }
      }
    },
  };
}
