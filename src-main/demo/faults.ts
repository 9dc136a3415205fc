import { problem } from './http/problem.ts';
import type { DemoResponse } from './http/types.ts';
import type { Prng } from './prng.ts';

/**
 * The server errors the demo injects: the platform's own 500 with a Hydra error body, a proxy's 502/503 HTML page
 * (nginx in front of a platform that is restarting or overloaded), or the 503 problem JSON the demo always had.
 */
export type ServerErrorKind = '500-hydra' | '502-html' | '503-html' | '503-json';

export const MIXED_SERVER_ERRORS: readonly ServerErrorKind[] = ['500-hydra', '500-hydra', '502-html', '503-html'];

const html = (status: number, reason: string): DemoResponse => ({
  status,
  contentType: 'text/html; charset=utf-8',
  body: `<html><head><title>${status} ${reason}</title></head><body><center><h1>${status} ${reason}</h1></center><hr><center>nginx</center></body></html>\n`,
});

export function serverError(kind: ServerErrorKind): DemoResponse {
  switch (kind) {
    case '500-hydra':
      return problem(500, 'Internal Server Error');
    case '502-html':
      return html(502, 'Bad Gateway');
    case '503-html':
      return html(503, 'Service Temporarily Unavailable');
    case '503-json':
      return problem(503, 'Service Unavailable');
  }
}

/** One of `kinds`, drawn with the fault generator (so a seed gives the same sequence). */
export function pickServerError(kinds: readonly ServerErrorKind[], rng: Prng): DemoResponse {
  const kind = kinds[Math.min(kinds.length - 1, Math.floor(rng.next() * kinds.length))] ?? '503-json';
  return serverError(kind);
}

/** What a proxy in front of the platform sends when the upstream answer is lost: HTML, not JSON. */
export const lostResponse = (): DemoResponse => html(502, 'Bad Gateway');
