import { readHydra, type HydraReading } from './hydra-reader.ts';
import { asObject } from './json.ts';
import { HYDRA_API_DOCUMENTATION, linkTargets } from './link-header.ts';
import { DocumentError, readOpenApi, type OpenApiReading } from './openapi-reader.ts';
import type { SchemaProblem, SchemaSources } from './types.ts';

export interface DocsResponse {
  readonly headers: Headers;
  readonly body: unknown;
}

/** One authenticated GET through the platform client; rejects on an error status or when unreachable. */
export type DocsFetch = (path: string, signal?: AbortSignal) => Promise<DocsResponse>;

/** What was read from the platform's documents: kept per profile in the sealed cache, merged anew each time. */
export interface DiscoveredDocuments {
  readonly fetchedAt: number;
  readonly sources: SchemaSources;
  readonly openApi: OpenApiReading | null;
  readonly hydra: HydraReading | null;
  /** The entrypoint's answer: collection property (e.g. 'phoneNumber') → collection path. */
  readonly entrypoint: Readonly<Record<string, string>>;
}

export interface DiscoverOptions {
  /** A documentation URL named in the profile: tried before anything else. */
  readonly documentationUrl?: string | null;
  readonly now: () => number;
  readonly signal?: AbortSignal;
  /** Failures that mean the platform cannot be reached (then discovery fails as a whole, the cache serves). */
  readonly isUnreachable: (failure: unknown) => boolean;
}

const OPENAPI_PATHS = ['/docs.json', '/docs.jsonopenapi'];

/** The collections an entrypoint answer names. */
function entrypointPaths(body: unknown): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [key, value] of Object.entries(asObject(body) ?? {})) {
    if (!key.startsWith('@') && typeof value === 'string' && value.startsWith('/')) paths[key] = value;
  }
  return paths;
}

interface FirstReadable<T> {
  reading: T | null;
  url: string | null;
  /** A candidate answered with something that is not such a document. */
  unreadable: boolean;
}

/** The first candidate that answers with a readable document; a reader signals "not this kind" by DocumentError. */
async function firstReadable<T>(
  candidates: readonly string[],
  get: (path: string) => Promise<DocsResponse | null>,
  read: (body: unknown) => T,
): Promise<FirstReadable<T>> {
  let unreadable = false;
  for (const candidate of new Set(candidates)) {
    const answer = await get(candidate);
    if (!answer) continue;
    try {
      return { reading: read(answer.body), url: candidate, unreadable };
    } catch (failure) {
      if (!(failure instanceof DocumentError)) throw failure;
      unreadable = true;
    }
  }
  return { reading: null, url: null, unreadable };
}

/**
 * Reads the platform's documentation: the Hydra ApiDocumentation its JSON-LD answers link, the entrypoint (which
 * names each collection's path) and the OpenAPI document beside it. A missing or unreadable document is a problem
 * code, not a failure; only an unreachable platform rejects.
 */
export async function discoverDocuments(fetchDoc: DocsFetch, options: DiscoverOptions): Promise<DiscoveredDocuments> {
  const problems: SchemaProblem[] = [];
  const get = async (path: string): Promise<DocsResponse | null> => {
    try {
      return await fetchDoc(path, options.signal);
    } catch (failure) {
      if (options.isUnreachable(failure)) throw failure;
      return null;
    }
  };
  const named = options.documentationUrl?.trim() || null;

  const entry = await get('/');
  const hydraCandidates = [
    ...(named && !/\.json(openapi)?$/.test(named) ? [named] : []),
    ...linkTargets(entry?.headers.get('link') ?? null, HYDRA_API_DOCUMENTATION),
  ];
  const hydraFound = await firstReadable(hydraCandidates, get, readHydra);
  const { reading: hydra, url: hydraUrl } = hydraFound;
  if (!hydra) problems.push(hydraFound.unreadable ? 'hydra-unreadable' : 'hydra-missing');

  let entrypoint = entrypointPaths(entry?.body);
  if (hydra?.entrypoint && hydra.entrypoint !== '/' && Object.keys(entrypoint).length === 0) {
    entrypoint = entrypointPaths((await get(hydra.entrypoint))?.body);
  }

  const openApiCandidates = [
    ...(named && /\.json(openapi)?$/.test(named) ? [named] : []),
    ...(hydraUrl?.endsWith('.jsonld') ? [hydraUrl.replace(/\.jsonld$/, '.json')] : []),
    ...OPENAPI_PATHS,
  ];
  const openApiFound = await firstReadable(openApiCandidates, get, readOpenApi);
  const { reading: openApi, url: openApiUrl } = openApiFound;
  if (!openApi) problems.push(openApiFound.unreadable ? 'openapi-unreadable' : 'openapi-missing');

  return {
    fetchedAt: options.now(),
    sources: { hydraUrl, openApiUrl, openApiVersion: openApi?.version ?? null, problems },
    openApi,
    hydra,
    entrypoint,
  };
}
