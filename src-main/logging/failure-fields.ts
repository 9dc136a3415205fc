import type { LogFields } from './logger.ts';

/** What main's log keeps of a failure: Node's or SQLite's code, and its own text (which may name a path). */
export function failureFields(failure: unknown): LogFields {
  const { code, errcode } = (failure ?? {}) as { code?: unknown; errcode?: unknown };
  return {
    code: typeof code === 'string' ? code : null,
    errcode: typeof errcode === 'number' ? errcode : null,
    error: failure instanceof Error ? failure.message : String(failure),
  };
}
