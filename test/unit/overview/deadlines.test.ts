import { describe, expect, it } from 'vitest';
import {
  amsterdamDay,
  daysUntil,
  deadlineBucket,
  matchesPreset,
  startsWithin,
  windowState,
  type RowPreset,
} from '../../../src-preload/contract/shared/deadlines.ts';

describe('deadlines in Amsterdam calendar days', () => {
  it('counts days by the Amsterdam calendar, not UTC', () => {
    // 23:30 UTC on 27 November is 00:30 on the 28th in Amsterdam (CET, UTC+1).
    const lateEvening = Date.UTC(2026, 10, 27, 23, 30);
    expect(amsterdamDay(lateEvening)).toBe('2026-11-28');
    expect(daysUntil('2026-11-28', lateEvening)).toBe(0);
    expect(daysUntil('2026-11-29', lateEvening)).toBe(1);
    // Summer time (CEST, UTC+2): 22:30 UTC on 30 June is already 1 July.
    expect(amsterdamDay(Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-07-01');
    expect(daysUntil('2026-11-25T10:00:00+01:00', lateEvening)).toBe(-3);
    expect(daysUntil('not a date', lateEvening)).toBeNull();
    expect(daysUntil(null, lateEvening)).toBeNull();
  });

  it('buckets overdue, today, tomorrow, this week (2–7 days) and later', () => {
    expect([-1, 0, 1, 2, 7, 8].map(deadlineBucket)).toEqual(['overdue', 'today', 'tomorrow', 'week', 'week', 'later']);
  });

  it('tells a window active, upcoming or ended; an open start has begun, an open end never ends', () => {
    const now = Date.UTC(2026, 10, 27, 12);
    const at = (hours: number): string => new Date(now + hours * 3_600_000).toISOString();
    expect(windowState(at(-1), at(1), now)).toBe('active');
    expect(windowState(at(1), at(5), now)).toBe('upcoming');
    expect(windowState(at(-5), at(0), now)).toBe('ended');
    expect(windowState(null, null, now)).toBe('active');
    expect(windowState(null, at(-1), now)).toBe('ended');
    expect(startsWithin(at(23), now, 86_400_000)).toBe(true);
    expect(startsWithin(at(25), now, 86_400_000)).toBe(false);
    expect(startsWithin(at(-1), now, 86_400_000)).toBe(false);
  });

  it('applies presets to rows by the fields they name', () => {
    const now = Date.UTC(2026, 10, 27, 12);
    const row = { status: 'pending', requestedDate: '2026-11-28' };
    const preset: RowPreset = {
      kind: 'deadline',
      field: 'requestedDate',
      buckets: ['tomorrow'],
      when: { field: 'status', values: ['pending'] },
    };
    expect(matchesPreset(row, preset, now)).toBe(true);
    expect(matchesPreset({ ...row, status: 'accepted' }, preset, now)).toBe(false);
    expect(matchesPreset(row, { kind: 'equals', field: 'status', values: ['pending'] }, now)).toBe(true);
    expect(matchesPreset({}, { kind: 'equals', field: 'status', values: ['pending'] }, now)).toBe(false);
  });
});
