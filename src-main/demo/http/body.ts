import type { DemoRequest, DemoResponse } from './types.ts';
import { problem } from './problem.ts';

export const MERGE_PATCH = 'application/merge-patch+json';
const JSON_TYPES = ['application/json', 'application/ld+json'];

export function mediaType(req: DemoRequest): string | null {
  const raw = req.headers['content-type'];
  if (!raw) return null;
  return raw.split(';')[0]?.trim().toLowerCase() ?? null;
}

function unsupported(got: string | null, supported: readonly string[]): DemoResponse {
  return problem(
    415,
    `The content-type "${got ?? ''}" is not supported. Supported MIME types are "${supported.join('", "')}".`,
  );
}

/**
 * Parses a JSON object body after checking the content type.
 * Returns either the object or the error response to send.
 */
export function readJsonObject(
  req: DemoRequest,
  supported: readonly string[],
): { body: Record<string, unknown> } | { error: DemoResponse } {
  const type = mediaType(req);
  if (!type || !supported.includes(type)) return { error: unsupported(type, supported) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body.toString('utf8'));
  } catch {
    return { error: problem(400, 'Syntax error') };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { error: problem(400, 'The request body must be a JSON object.') };
  }
  return { body: parsed as Record<string, unknown> };
}

export const readMergePatch = (req: DemoRequest) => readJsonObject(req, [MERGE_PATCH]);
export const readPostJson = (req: DemoRequest) => readJsonObject(req, JSON_TYPES);
