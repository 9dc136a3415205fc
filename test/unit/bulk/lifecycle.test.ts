import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { bulkJobStateSchema, type BulkJobState } from '../../../src-preload/contract/bulk.ts';
import { BulkError } from '../../../src-main/bulk/errors.ts';
import { canTransition, JOB_TRANSITIONS, transition } from '../../../src-main/bulk/lifecycle.ts';

const STATES = bulkJobStateSchema.options;

const ALLOWED: [BulkJobState, BulkJobState][] = [
  ['planned', 'running'],
  ['running', 'paused'],
  ['running', 'completed'],
  ['running', 'cancelled'],
  ['running', 'interrupted'],
  ['paused', 'running'],
  ['paused', 'cancelled'],
  ['paused', 'interrupted'],
  ['interrupted', 'reconciling'],
  ['interrupted', 'running'],
  ['interrupted', 'completed'],
  ['interrupted', 'cancelled'],
  ['reconciling', 'interrupted'],
  ['cancelled', 'running'],
];

const job = (state: BulkJobState) => ({ state, startedAt: null as number | null, finishedAt: null as number | null });

describe('the job lifecycle table', () => {
  it('has a row for every state and allows exactly the listed changes', () => {
    expect(Object.keys(JOB_TRANSITIONS).sort()).toEqual([...STATES].sort());
    const listed = new Set(ALLOWED.map(([from, to]) => `${from}>${to}`));
    for (const from of STATES)
      for (const to of STATES) expect(canTransition(from, to), `${from} → ${to}`).toBe(listed.has(`${from}>${to}`));
  });

  it.each(ALLOWED)('%s → %s is made, with its times', (from, to) => {
    const record = job(from);
    transition(record, to, 1_000);
    expect(record.state).toBe(to);
    expect(record.startedAt).toBe(from === 'planned' ? 1_000 : null);
    expect(record.finishedAt).toBe(to === 'completed' || to === 'cancelled' ? 1_000 : null);
  });

  it('keeps the first finishing time', () => {
    const record = { state: 'interrupted' as BulkJobState, startedAt: 1, finishedAt: 500 };
    transition(record, 'completed', 2_000);
    expect(record.finishedAt).toBe(500);
  });

  it('a cancelled job resumed is not finished any more', () => {
    const record = { state: 'cancelled' as BulkJobState, startedAt: 1, finishedAt: 500 };
    transition(record, 'running', 2_000);
    expect(record).toEqual({ state: 'running', startedAt: 1, finishedAt: null });
    transition(record, 'completed', 3_000);
    expect(record.finishedAt).toBe(3_000);
  });

  it.each([
    ['completed', 'running'],
    ['cancelled', 'paused'],
    ['paused', 'completed'],
    ['planned', 'paused'],
    ['reconciling', 'running'],
    ['running', 'running'],
  ] as [BulkJobState, BulkJobState][])('refuses %s → %s and leaves the job as it was', (from, to) => {
    const record = job(from);
    let refusal: unknown;
    try {
      transition(record, to, 1_000);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(BulkError);
    expect(refusal).toMatchObject({ code: 'BULK_WRONG_STATE' });
    const localized = (refusal as BulkError).localized;
    const word = from === 'reconciling' ? 'being checked' : from;
    expect(english(localized)).toBe(`The job is ${word} and cannot become ${to} from there.`);
    expect(dutch(localized)).toMatch(/^De taak is /);
    expect(record).toEqual(job(from));
  });
});
