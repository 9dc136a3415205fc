import { english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import type { BulkAuditRow, BulkJobSummary } from '../../../src-preload/contract/bulk.ts';
import { rowHistory } from '../../../src-main/history/row-history.ts';

const audit = (jobId: string, target: string, at: number, old: string | null, value: string): BulkAuditRow => ({
  at,
  profileId: 'p',
  apiUser: null,
  jobId,
  resource: 'phone-numbers',
  action: 'set-cost-center',
  target,
  label: '0201234567',
  field: 'costCenter',
  old,
  new: value,
  outcome: 'applied',
  message: null,
  text: null,
});

describe("a row's history", () => {
  it('lists the changes of every job to that row, newest first, with the job title', () => {
    const rows = [
      audit('a', '/phonenumbers/1', 100, null, 'Sales'),
      audit('b', '/phonenumbers/2', 150, 'x', 'y'),
      audit('c', '/phonenumbers/1', 200, 'Sales', 'Support'),
    ];
    const jobs = [{ jobId: 'c', title: { en: 'Set cost center', nl: 'Kostenplaats instellen' } } as BulkJobSummary];
    const history = rowHistory({ auditRows: () => rows, list: () => jobs }, '/phonenumbers/1');
    expect(history.entries.map((entry) => [entry.jobId, entry.old, entry.new])).toEqual([
      ['c', 'Sales', 'Support'],
      ['a', null, 'Sales'],
    ]);
    expect(english(history.entries[0]!.title)).toBe('Set cost center');
    expect(english(history.entries[1]!.title)).toBe('Bulk job (set-cost-center)');
  });
});
