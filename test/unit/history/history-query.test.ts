import { describe, expect, it } from 'vitest';
import type { BulkAuditRow, BulkJobSummary } from '../../../src-preload/contract/bulk.ts';
import { searchJobs, type ProfileJobs } from '../../../src-main/history/history-query.ts';

const counts = { total: 2, pending: 0, sending: 0, applied: 1, failed: 1, skipped: 0, cancelled: 0, unknown: 0 };

function job(jobId: string, startedAt: number, resource = 'phone-numbers', action = 'set-cost-center'): BulkJobSummary {
  return {
    jobId,
    profileId: 'p1',
    resource,
    action,
    kind: 'action',
    parentJobId: null,
    title: { en: jobId, nl: jobId },
    state: 'completed',
    apiUser: null,
    createdAt: startedAt,
    startedAt,
    finishedAt: startedAt,
    counts,
    undoAvailable: false,
  };
}

function row(jobId: string, label: string, outcome: BulkAuditRow['outcome']): BulkAuditRow {
  return {
    at: 0,
    profileId: 'p1',
    apiUser: null,
    jobId,
    resource: 'phone-numbers',
    action: 'set-cost-center',
    target: `/phonenumbers/${label.slice(-3)}`,
    label,
    field: 'costCenter',
    old: 'A',
    new: 'B',
    outcome,
    message: null,
    text: null,
  };
}

// 23:30 UTC on 26 November is 00:30 on 27 November in Amsterdam.
const LATE_EVENING_UTC = Date.UTC(2026, 10, 26, 23, 30);
const profile: ProfileJobs = {
  profileId: 'p1',
  name: 'Reseller',
  jobs: [job('early', Date.UTC(2026, 10, 26, 10)), job('late', LATE_EVENING_UTC, 'number-blocks', 'split')],
  rows: new Map([
    ['early', [row('early', '0201234567', 'applied'), row('early', '0201234999', 'failed')]],
    ['late', [row('late', '0201234567', 'failed')]],
  ]),
};

describe('searching the history', () => {
  it('reads days in Amsterdam, newest first', () => {
    expect(searchJobs([profile], { from: '2026-11-27' }).map((found) => found.jobId)).toEqual(['late']);
    expect(searchJobs([profile], { to: '2026-11-26' }).map((found) => found.jobId)).toEqual(['early']);
    expect(searchJobs([profile], {}).map((found) => found.jobId)).toEqual(['late', 'early']);
  });

  it('finds a row in any phone form, by outcome, and counts the rows that matched', () => {
    const failed = searchJobs([profile], { row: '+31 20 1234567', outcome: 'failed' });
    expect(failed.map((found) => [found.jobId, found.matchedRows, found.matchedLabels])).toEqual([
      ['late', 1, ['0201234567']],
    ]);
    expect(searchJobs([profile], { row: '0031201234999' }).map((found) => found.jobId)).toEqual(['early']);
    expect(searchJobs([profile], { outcome: 'skipped' })).toEqual([]);
    expect(searchJobs([profile], { resource: 'number-blocks', action: 'split' }).map((f) => f.jobId)).toEqual(['late']);
    expect(searchJobs([profile], { profileId: 'other' })).toEqual([]);
    expect(searchJobs([profile], {})[1]!.matchedRows).toBe(2);
  });
});
