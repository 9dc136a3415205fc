import type { DemoRequest, DemoResponse } from '../http/types.ts';
import { collectionOfIri, type DemoDialect } from './dialects.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invert = (map: Readonly<Record<string, string>> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(map ?? {}).map(([ours, theirs]) => [theirs, ours]));

/** One item in the dialect's words: renamed keys, its status values spelled the dialect's way. */
function itemOut(dialect: DemoDialect, row: Json): Json {
  const path = typeof row['@id'] === 'string' ? collectionOfIri(row['@id']) : null;
  const fields = path ? dialect.fields[path] : undefined;
  const values = path ? dialect.values[path] : undefined;
  if (!fields && !values) return row;
  const out: Json = {};
  for (const [key, value] of Object.entries(row)) {
    const mapped = values?.[key] && typeof value === 'string' ? (values[key][value] ?? value) : value;
    out[fields?.[key] ?? key] = mapped;
  }
  return out;
}

function bodyOut(dialect: DemoDialect, body: unknown, path: string): unknown {
  if (!isObject(body)) return body;
  if (Array.isArray(body['hydra:member'])) {
    return {
      ...body,
      'hydra:member': body['hydra:member'].map((row) => (isObject(row) ? itemOut(dialect, row) : row)),
    };
  }
  if (Array.isArray(body['violations'])) {
    const fields = dialect.fields[collectionOfIri(path)] ?? {};
    return {
      ...body,
      status: dialect.validationStatus,
      violations: body['violations'].map((violation) =>
        isObject(violation) && typeof violation['propertyPath'] === 'string'
          ? { ...violation, propertyPath: fields[violation['propertyPath']] ?? violation['propertyPath'] }
          : violation,
      ),
    };
  }
  return itemOut(dialect, body);
}

/** The platform's answer in the dialect's words (validation errors with the dialect's status). */
export function responseOut(dialect: DemoDialect, req: DemoRequest, response: DemoResponse): DemoResponse {
  if (dialect.id === 'standard' || response.body === undefined || typeof response.body === 'string') return response;
  const body = bodyOut(dialect, response.body, req.path);
  const status = isObject(body) && Array.isArray(body['violations']) ? dialect.validationStatus : response.status;
  return { ...response, status, body };
}

/** A write body in the dialect's words back into ours (names and status values), before the routes read it. */
export function requestIn(dialect: DemoDialect, req: DemoRequest): DemoRequest {
  if (dialect.id === 'standard' || req.body.length === 0) return req;
  const path = collectionOfIri(req.path);
  const fields = invert(dialect.fields[path]);
  const values = dialect.values[path] ?? {};
  let body: unknown;
  try {
    body = JSON.parse(req.body.toString('utf8'));
  } catch {
    return req;
  }
  if (!isObject(body)) return req;
  const ours: Json = {};
  for (const [key, value] of Object.entries(body)) {
    const name = fields[key] ?? key;
    const back = typeof value === 'string' ? invert(values[name])[value] : undefined;
    ours[name] = back ?? value;
  }
  return { ...req, body: Buffer.from(JSON.stringify(ours)) };
}
