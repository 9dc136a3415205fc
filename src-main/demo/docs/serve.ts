import type { DemoData } from '../data.ts';
import type { DemoDialect } from '../dialect/dialects.ts';
import { notFound } from '../http/problem.ts';
import { JSON_LD, PLAIN_JSON, type DemoRequest, type DemoResponse } from '../http/types.ts';
import { describeResources } from './described.ts';
import { entrypointDocument, hydraDocument } from './hydra.ts';
import { openApiDocument } from './openapi.ts';

export const DOCS_PATHS = new Set(['/', '/docs.jsonld', '/docs.json', '/docs.jsonopenapi']);

const LINK_REL = 'http://www.w3.org/ns/hydra/core#apiDocumentation';

/** The Link header API Platform adds to every JSON-LD answer. */
export function documentationLink(baseUrl: string): Record<string, string> {
  return { Link: `<${baseUrl}/docs.jsonld>; rel="${LINK_REL}"` };
}

/**
 * The documentation endpoints: generated from the tables on each request (so a dialect's extra writable field or
 * a table's extra field is always described). An undocumented dialect answers 404 like any unknown path.
 */
export function serveDocumentation(
  req: DemoRequest,
  data: DemoData,
  dialect: DemoDialect,
  baseUrl: string,
): DemoResponse | null {
  if (!DOCS_PATHS.has(req.path) || req.method !== 'GET') return null;
  if (!dialect.documented) return notFound(`No route found for "GET ${req.path}"`);
  const resources = describeResources(data, dialect);
  if (req.path === '/') return { status: 200, contentType: JSON_LD, body: entrypointDocument(resources) };
  if (req.path === '/docs.jsonld')
    return { status: 200, contentType: JSON_LD, body: hydraDocument(resources, baseUrl) };
  return { status: 200, contentType: PLAIN_JSON, body: openApiDocument(resources) };
}
