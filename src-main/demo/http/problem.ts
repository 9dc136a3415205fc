import type { Violation } from '../../api-model/index.ts';
import type { DemoResponse } from './types.ts';
import { PLAIN_JSON, PROBLEM_JSON } from './types.ts';

const TITLE = 'An error occurred';

/** The platform's documented error body, with the Hydra keys API Platform adds. */
export function problem(status: number, detail: string, headers?: Record<string, string>): DemoResponse {
  return {
    status,
    contentType: PROBLEM_JSON,
    ...(headers ? { headers } : {}),
    body: {
      '@context': '/contexts/Error',
      '@type': 'hydra:Error',
      type: 'https://tools.ietf.org/html/rfc2616#section-10',
      title: TITLE,
      detail,
      status,
      'hydra:title': TITLE,
      'hydra:description': detail,
    },
  };
}

export function violations(list: readonly Violation[]): DemoResponse {
  const detail = list.map((v) => `${v.propertyPath}: ${v.message}`).join('\n');
  return {
    status: 422,
    contentType: PROBLEM_JSON,
    body: {
      '@context': '/contexts/ConstraintViolationList',
      '@type': 'ConstraintViolationList',
      type: 'https://tools.ietf.org/html/rfc2616#section-10',
      title: TITLE,
      detail,
      status: 422,
      'hydra:title': TITLE,
      'hydra:description': detail,
      violations: list.map((v) => ({ propertyPath: v.propertyPath, message: v.message, code: null })),
    },
  };
}

/** LexikJWT-style 401 body: {code, message}, not problem JSON. */
export function unauthorized(message: string): DemoResponse {
  return {
    status: 401,
    contentType: PLAIN_JSON,
    headers: { 'WWW-Authenticate': 'Bearer' },
    body: { code: 401, message },
  };
}

export const notFound = (detail = 'Not Found'): DemoResponse => problem(404, detail);
export const accessDenied = (): DemoResponse => problem(403, 'Access Denied.');
export const methodNotAllowed = (method: string, allowed: readonly string[]): DemoResponse =>
  problem(405, `No route found for "${method}": Method Not Allowed (Allow: ${allowed.join(', ')})`, {
    Allow: allowed.join(', '),
  });
