import type { BulkValue } from '../../../src-preload/contract/index.ts';
import { formatTime } from '../grid/format.ts';

/** A moment as the platform writes it ("2026-11-28T09:00:00.000Z", "2026-11-28T10:00:00+01:00"). */
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * A value a job reads or writes, as an operator reads it: a moment in Europe/Amsterdam in the UI's language (never
 * raw UTC), anything else as it is; `empty` for no value.
 */
export function writtenValueText(value: BulkValue | undefined, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string' && MOMENT.test(value)) {
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return formatTime(at);
  }
  return String(value);
}
