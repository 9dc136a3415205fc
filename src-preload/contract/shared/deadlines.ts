/**
 * Deadlines and time windows as the NOC counts them: in calendar days of Europe/Amsterdam, whatever the computer's
 * own time zone. Run by main (the overview's counts) and by the renderer (days-left columns, the filters a tile
 * opens), so that a tile's number and the rows its grid shows come from one rule.
 */

export const NOC_TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: NOC_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
// An ISO 8601 date, alone or starting a datetime: V8 reads looser text ("abcd-11-28" as 2001-11-28).
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(T.+)?$/;

/** The calendar day in Amsterdam ("2026-11-27") of an instant. */
export function amsterdamDay(epochMs: number): string {
  return dayFormat.format(epochMs);
}

/** The Amsterdam day of an ISO date ("2026-11-27", taken as it is) or datetime; null when it is neither. */
export function dayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const iso = ISO_DATE.exec(value);
  if (iso === null) return null;
  if (iso[2] === undefined) return iso[1]!;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : amsterdamDay(time);
}

const dayNumber = (day: string): number => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;

/** Calendar days from today (in Amsterdam) to the value's day: 0 today, 1 tomorrow, -2 two days overdue. */
export function daysUntil(value: unknown, now: number): number | null {
  const day = dayOf(value);
  return day === null ? null : dayNumber(day) - dayNumber(amsterdamDay(now));
}

export const DEADLINE_BUCKETS = ['overdue', 'today', 'tomorrow', 'week', 'later'] as const;
export type DeadlineBucket = (typeof DEADLINE_BUCKETS)[number];

/** "week" is the rest of the coming seven days (2–7 days ahead). */
export function deadlineBucket(days: number): DeadlineBucket {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return days <= 7 ? 'week' : 'later';
}

export const WINDOW_STATES = ['active', 'upcoming', 'ended'] as const;
export type WindowState = (typeof WINDOW_STATES)[number];

const instant = (value: unknown): number | null => {
  // an empty text parses as NaN like any other text that is no date
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
};

/** A time window (a scheduled forward): no start means it has begun, no end means it runs until deleted. */
export function windowState(start: unknown, end: unknown, now: number): WindowState {
  const from = instant(start);
  const until = instant(end);
  if (until !== null && until <= now) return 'ended';
  if (from !== null && from > now) return 'upcoming';
  return 'active';
}

/** The window starts within the next `withinMs` (24 h for the overview). */
export function startsWithin(start: unknown, now: number, withinMs: number): boolean {
  const from = instant(start);
  return from !== null && from > now && from <= now + withinMs;
}

/**
 * A filter a link opens a grid with: generic over fields, so main names the fields (from the registry) and the
 * renderer applies it without knowing any resource.
 */
export type RowPreset =
  | { kind: 'equals'; field: string; values: string[] }
  | {
      kind: 'deadline';
      field: string;
      buckets: DeadlineBucket[];
      /** Only rows whose status is one of these count (pending outports, blocks in cool-off). */
      when?: { field: string; values: string[] };
    }
  | { kind: 'window'; startField: string; endField: string; states: WindowState[] }
  | { kind: 'starts-within'; startField: string; withinMs: number };

export function matchesPreset(row: Readonly<Record<string, unknown>>, preset: RowPreset, now: number): boolean {
  switch (preset.kind) {
    case 'equals':
      return preset.values.includes(String(row[preset.field] ?? ''));
    case 'deadline': {
      if (preset.when && !preset.when.values.includes(String(row[preset.when.field] ?? ''))) return false;
      const days = daysUntil(row[preset.field], now);
      return days !== null && preset.buckets.includes(deadlineBucket(days));
    }
    case 'window':
      return preset.states.includes(windowState(row[preset.startField], row[preset.endField], now));
    case 'starts-within':
      return startsWithin(row[preset.startField], now, preset.withinMs);
  }
}
