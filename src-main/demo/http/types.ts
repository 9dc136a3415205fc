import type { IncomingHttpHeaders } from 'node:http';

export interface DemoRequest {
  readonly method: string;
  /** Path without query, e.g. "/phonenumbers/12". */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Raw query string without "?". */
  readonly rawQuery: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Epoch ms the request arrived. */
  readonly now: number;
}

export interface DemoResponse {
  readonly status: number;
  /** JSON-serialisable body, or a string sent as-is; absent for 204. */
  readonly body?: unknown;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** True when the handler changed state (a write that happened). */
  readonly applied?: boolean;
}

export const JSON_LD = 'application/ld+json; charset=utf-8';
export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';
export const PLAIN_JSON = 'application/json; charset=utf-8';
