import { describe, expect, it } from 'vitest';
import {
  amsterdamDay,
  dayOf,
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

  it('takes a date as it is and a datetime by its Amsterdam day; anything else is no day', () => {
    expect(dayOf('2026-11-28')).toBe('2026-11-28');
    expect(dayOf('2026-11-28T23:30:00Z')).toBe('2026-11-29');
    expect(dayOf('2026-11-28T09:00:00+01:00')).toBe('2026-11-28');
    expect(dayOf('x2026-11-28')).toBeNull();
    expect(dayOf('2026-11-28x')).toBeNull();
    expect(dayOf('2026-11-28T')).toBeNull();
    expect(dayOf('2026-11-28Tnoon')).toBeNull();
    expect(dayOf('abcd-11-28')).toBeNull();
    expect(dayOf('2026-ab-28')).toBeNull();
    expect(dayOf('2026-11-ab')).toBeNull();
    expect(dayOf('')).toBeNull();
    expect(dayOf(20261128)).toBeNull();
  });

  it('counts days across month and year ends', () => {
    const newYearsEve = Date.UTC(2026, 11, 31, 12);
    expect(daysUntil('2027-01-01', newYearsEve)).toBe(1);
    expect(daysUntil('2026-12-01', Date.UTC(2026, 10, 30, 12))).toBe(1);
    expect(daysUntil('2027-03-01', Date.UTC(2027, 1, 28, 12))).toBe(1);
  });

  it('a window that starts right now has begun; the edges of "starts within" are exact', () => {
    const now = Date.UTC(2026, 10, 27, 12);
    const at = (ms: number): string => new Date(now + ms).toISOString();
    expect(windowState(at(0), at(3_600_000), now)).toBe('active');
    expect(windowState(at(1), null, now)).toBe('upcoming');
    expect(startsWithin(at(0), now, 86_400_000)).toBe(false);
    expect(startsWithin(at(1), now, 86_400_000)).toBe(true);
    expect(startsWithin(at(86_400_000), now, 86_400_000)).toBe(true);
    expect(startsWithin(at(86_400_001), now, 86_400_000)).toBe(false);
    expect(windowState('', '', now)).toBe('active');
  });

  it('a missing field counts as empty in presets', () => {
    const now = Date.UTC(2026, 10, 27, 12);
    expect(matchesPreset({}, { kind: 'equals', field: 'costCenter', values: [''] }, now)).toBe(true);
    const dueTomorrow: RowPreset = {
      kind: 'deadline',
      field: 'requestedDate',
      buckets: ['tomorrow'],
      when: { field: 'status', values: [''] },
    };
    expect(matchesPreset({ requestedDate: '2026-11-28' }, dueTomorrow, now)).toBe(true);
    expect(matchesPreset({ requestedDate: '2026-11-28', status: 'pending' }, dueTomorrow, now)).toBe(false);
  });
});
