/**
 * Which paths a plain item read may fetch: `/<collection>/<id>` of a collection the console knows, nothing after
 * the id and no query. Anything else may be an action the platform runs on a GET (a block split, an end of
 * cool-off), which only the bulk engine may send, with its plan and journal.
 */
const ITEM_IRI = /^(\/[a-z0-9][a-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9_-]*)$/;

export function isItemIri(iri: string, collections: ReadonlySet<string>): boolean {
  const match = ITEM_IRI.exec(iri);
  return match !== null && collections.has(match[1]!);
}
