import type { DemoData } from '../data.ts';
import { documentationLink, serveDocumentation } from '../docs/serve.ts';
import { problem } from '../http/problem.ts';
import type { DemoRequest, DemoResponse } from '../http/types.ts';
import type { DemoDialect } from './dialects.ts';
import { requestIn, responseOut } from './translate.ts';

export interface DialectResult<R extends { response: DemoResponse }> {
  readonly result: R | null;
  readonly response: DemoResponse;
  readonly headers: Record<string, string>;
}

function withPageSize(request: DemoRequest, size: number): DemoRequest {
  const query = new URLSearchParams(request.query);
  query.set('itemsPerPage', String(size));
  return { ...request, query, rawQuery: query.toString() };
}

/**
 * One request in the dialect: documentation answered here (public, as API Platform serves it), everything else
 * translated into our words, run through the platform, and its answer translated back, with the documentation
 * linked from JSON-LD answers.
 */
export async function throughDialect<R extends { response: DemoResponse }>(
  dialect: DemoDialect,
  data: DemoData,
  baseUrl: string,
  request: DemoRequest,
  run: (request: DemoRequest) => Promise<R>,
): Promise<DialectResult<R>> {
  const link = dialect.documented ? documentationLink(baseUrl) : {};
  const docs = serveDocumentation(request, data, dialect, baseUrl);
  if (docs) return { result: null, response: docs, headers: docs.status === 200 ? link : {} };
  const limit = dialect.pageSize;
  const asked = Number(request.query.get('itemsPerPage') ?? '0');
  const over = limit !== undefined && request.method === 'GET' && asked > limit.max;
  const result = await run(requestIn(dialect, over ? withPageSize(request, limit.max) : request));
  const refused = over && limit.over === 'refuse' && result.response.status === 200;
  const response = refused
    ? problem(400, `The itemsPerPage parameter must not be greater than ${limit.max}.`)
    : responseOut(dialect, request, result.response);
  const jsonLd = response.contentType?.startsWith('application/ld+json') ?? false;
  return { result, response, headers: jsonLd ? link : {} };
}
