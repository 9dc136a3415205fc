import { message } from '../../src-preload/contract/messages.ts';
import type { JobRecord, Op } from '../../src-main/bulk/types.ts';

/** A PATCH operation of `/x/<index>` in the given state; call inside an `it` so Stryker credits the code it runs. */
export function op(index: number, state: Op['state'], extra: Partial<Op> = {}): Op {
  return {
    index,
    kind: 'patch',
    target: `/x/${index}`,
    label: String(index),
    changes: [{ field: 'costCenter', old: 'A', new: 'B' }],
    request: { method: 'PATCH', path: `/x/${index}` },
    resourcePath: '/x',
    state,
    skip: null,
    outcome: null,
    createdIri: null,
    sentAt: null,
    updatedAt: null,
    attempts: 0,
    retry: null,
    ...extra,
  };
}

/** A running action job of the phone numbers. */
export function job(extra: Partial<JobRecord> = {}): JobRecord {
  return {
    id: 'job-1',
    profileId: 'profile-1',
    resource: 'phone-numbers',
    action: 'set-field',
    kind: 'action',
    parentJobId: null,
    params: {},
    title: message('bulk.test.title'),
    confirmation: message('bulk.test.confirm'),
    notes: [],
    lines: [],
    conflicts: [],
    undo: { available: true, note: null },
    apiUser: 'noc@example.nl',
    state: 'running',
    createdAt: 1_000,
    startedAt: 2_000,
    finishedAt: null,
    ...extra,
  };
}
