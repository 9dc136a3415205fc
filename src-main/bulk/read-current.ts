import { isPlatformError, type PlatformClient } from '../platform/index.ts';
import type { Row } from './types.ts';

const PAGE = 500;

/**
 * Whether the platform said the item at `iri` is not there: a 404 to the item's own read. A 404 met on the way (the
 * sign-in's address behind a proxy that does not know it) says nothing about the item.
 */
export const notFoundAt = (error: unknown, iri: string): boolean =>
  isPlatformError(error) && error.kind === 'http' && error.status === 404 && error.path === iri;

/**
 * The platform's current items for some IRIs of one collection (null: gone). Few rows are read one by one; many
 * are read by listing the collection when that takes fewer requests (`collectionSize` from the cache).
 */
export async function readCurrent(
  client: PlatformClient,
  collectionPath: string,
  iris: readonly string[],
  collectionSize: number,
): Promise<Map<string, Row | null>> {
  const found = new Map<string, Row | null>();
  const wanted = [...new Set(iris)];
  if (wanted.length === 0) return found;
  if (Math.ceil(collectionSize / PAGE) < wanted.length) {
    const { items } = await client.listAll<Row>(collectionPath, { itemsPerPage: PAGE });
    const byIri = new Map(items.map((item) => [String(item['@id']), item]));
    for (const iri of wanted) found.set(iri, byIri.get(iri) ?? null);
    return found;
  }
  await Promise.all(
    wanted.map(async (iri) => {
      try {
        found.set(iri, (await client.request<Row>({ path: iri })) ?? null);
      } catch (error) {
        if (notFoundAt(error, iri)) found.set(iri, null);
        else throw error;
      }
    }),
  );
  return found;
}
