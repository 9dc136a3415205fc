import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import type { BulkJobSpecInput } from '../../../src-preload/contract/bulk.ts';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { dutch, english } from '../../support/ui-text.ts';
import {
  bulkFixture,
  closeDemos,
  jwtClient,
  phoneTargets,
  refusalOf,
  refusedNow,
  startBulkDemo,
  waitFor,
  type BulkFixture,
} from './helpers.ts';

/** A spec the contract's types would not allow, as an outdated or hostile caller may still send it. */
const unchecked = (spec: object): BulkJobSpecInput => spec as BulkJobSpecInput;

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('invalid parameters are refused before anything is sent', () => {
  it('cost center too long, split size 7 for a 100-block, unknown action, unknown resource: requestLog unchanged', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    fixture.cache.seed('/number-blocks', demo.data.numberBlocks.all());
    const engine = await fixture.open(client);
    const before = demo.requestLog.length;
    const phone = String(demo.data.phoneNumbers.all()[0]!['@id']);

    const tooLong = await engine
      .plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets: [phone],
        params: { value: 'x'.repeat(51) },
      })
      .then(
        () => null,
        (error: { code: string; details?: unknown }) => error,
      );
    expect(tooLong?.code).toBe('BULK_INVALID_PARAMS');
    const refusal = (tooLong?.details as { message: Message }).message;
    expect([english(refusal), dutch(refusal)]).toEqual([
      expect.stringContaining('At most 50'),
      expect.stringContaining('Maximaal 50'),
    ]);

    const block = demo.data.numberBlocks.all().find((b) => b.size === 100 && b.status !== 'in-use')!;
    const unfit = await engine
      .plan({ resource: 'number-blocks', action: 'split', targets: [block['@id']], params: { size: 7 } })
      .then(
        () => null,
        (error: unknown) => error as BulkError,
      );
    expect(unfit).toMatchObject({ code: 'BULK_INVALID_PARAMS' });
    expect(english(unfit!.localized)).toContain('cannot be split into blocks of 7');
    const notANumber = await engine
      .plan(unchecked({ resource: 'number-blocks', action: 'split', targets: [block['@id']], params: { size: 'ten' } }))
      .then(() => null, refusalOf);
    // the setting is named as the operator set it, not by where it sits in the request
    expect(notANumber).toMatchObject({ code: 'BULK_INVALID_PARAMS', text: expect.stringMatching(/\(size: /) });
    const twoWrong = await engine
      .plan(unchecked({ resource: 'number-blocks', action: 'split', targets: 'all', params: { size: 'ten' } }))
      .then(() => null, refusalOf);
    expect(twoWrong?.text).toMatch(/\(\w+: .+; \w+: .+\)/);
    const noSettings = await engine
      .plan(unchecked({ resource: 'number-blocks', action: 'split', targets: [block['@id']] }))
      .then(() => null, refusalOf);
    expect(noSettings?.text).toMatch(/\(job: /);

    expect(
      await engine
        .plan(unchecked({ resource: 'phone-numbers', action: 'delete-everything', targets: [phone], params: {} }))
        .then(() => null, refusalOf),
    ).toEqual({ code: 'BULK_UNKNOWN_ACTION', text: '"delete-everything" is not an action of phone numbers.' });
    await expect(
      engine.plan(
        unchecked({
          resource: 'outports',
          action: 'deny-outport',
          targets: ['/outports/401'],
          params: { reason: 'x' },
        }),
      ),
    ).rejects.toMatchObject({ code: 'BULK_UNKNOWN_ACTION' });
    expect(
      await engine
        .plan(unchecked({ resource: 'invoices', action: 'set-cost-center', targets: [phone], params: {} }))
        .then(() => null, refusalOf),
    ).toEqual({ code: 'BULK_UNKNOWN_RESOURCE', text: 'Unknown resource "invoices".' });
    await expect(
      engine.plan({
        resource: 'scheduled-forwards',
        action: 'create-forward',
        targets: ['/order-details-x2voip-numbers/10001'],
        params: { forwardTo: '12345' },
      }),
    ).rejects.toMatchObject({ code: 'BULK_INVALID_PARAMS' });

    // a plan that is valid is not started without the count it showed, and an empty one not at all
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: [phone],
      params: { value: 'OK' },
    });
    expect(() => engine.start(plan.jobId, { expectedCount: 2 })).toThrow(
      expect.objectContaining({ code: 'BULK_COUNT_MISMATCH' }),
    );
    const current = demo.data.phoneNumbers.all()[0]!.costCenter;
    const empty = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: [phone],
      params: { value: current ?? '' },
    });
    expect(empty.operations).toHaveLength(0);
    expect(empty.skipped[0]!.skip!.kind).toBe('unchanged');
    expect(refusedNow(() => engine.start(empty.jobId, { expectedCount: 0 }))).toEqual({
      code: 'BULK_NOTHING_TO_DO',
      text: 'Nothing to send: every row is skipped.',
    });

    expect(demo.requestLog.length).toBe(before);
    expect(engine.list()).toEqual([]);
  });
});

describe("what cannot be done yet is refused in the operator's words", () => {
  it('no row selected; a retry or an undo of a job that has not finished', { timeout: 30_000 }, async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 30 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(jwtClient(demo));
    const spec = { resource: 'phone-numbers', action: 'set-cost-center', params: { value: 'CC-WAIT' } } as const;
    expect(await engine.plan({ ...spec, targets: [] }).then(() => null, refusalOf)).toEqual({
      code: 'BULK_NOTHING_TO_DO',
      text: 'Select at least one row.',
    });

    const targets = phoneTargets(demo, 300, 'CC-WAIT');
    const plan = await engine.plan({ ...spec, targets: targets.map((row) => String(row['@id'])) });
    demo.data.phoneNumbers.remove(Number(targets[0]!['id']));
    engine.start(plan.jobId, { expectedCount: 300 });
    await waitFor(() => engine.detail(plan.jobId).counts.failed === 1);
    engine.pause(plan.jobId);
    expect(await engine.retryFailed(plan.jobId).then(() => null, refusalOf)).toEqual({
      code: 'BULK_WRONG_STATE',
      text: 'The job is still running; retry its failed rows when it has finished.',
    });
    expect(await engine.planUndo(plan.jobId).then(() => null, refusalOf)).toEqual({
      code: 'BULK_WRONG_STATE',
      text: 'Only a completed or cancelled job can be undone; wait for it to finish, or resume or cancel it first.',
    });
    await engine.cancel(plan.jobId);
  });
});
