import { message, type UiText } from '../../../src-preload/contract/messages.ts';
import { BulkError, refuse } from '../errors.ts';
import type { PlanInput } from '../planner.ts';
import { valueOf, type ActionPlan, type PlannedOp } from '../types.ts';
import { labelOf, NOT_CACHED, op, planEachRow, rowsByIri, skipped, uniqueTargets } from './shared.ts';
import { coolOffDecision, splittableDecision } from './status-rules.ts';

const NO_UNDO = message('bulk.blocks.noUndo');

const blockList = (ops: PlannedOp[]): string => {
  const labels = ops.filter((o) => o.skip === null).map((o) => o.label);
  return labels.length > 5 ? `${labels.slice(0, 5).join(', ')}, +${labels.length - 5}` : labels.join(', ');
};

/** end-cool-off: a GET with a side effect, sent once; the blocks the status rules find cooling off, or cannot decide. */
export async function planEndCoolOff(input: PlanInput<'end-cool-off'>): Promise<ActionPlan> {
  const { resource, schema, targets, readRows } = input;
  const status = schema.name('status');
  const until = schema.name('coolOffUntil');
  const ops = await planEachRow(
    'end-cool-off',
    resource.path,
    targets,
    readRows,
    'GET',
    (row, target, label): PlannedOp => {
      const decision = coolOffDecision(schema, row, input.now);
      if (!decision.include)
        return skipped('end-cool-off', resource.path, target, label, 'not-applicable', decision.reason, [], 'GET');
      const planned = op(
        'end-cool-off',
        resource.path,
        target,
        label,
        [
          { field: status, old: valueOf(row[status]), new: schema.value('status', 'available') },
          { field: until, old: valueOf(row[until]), new: null },
        ],
        { method: 'GET', path: `${target}/end-cool-off` },
      );
      return { ...planned, rule: decision.rule };
    },
    schema,
  );
  const n = ops.filter((o) => o.skip === null).length;
  return {
    title: message('bulk.blocks.endCoolOffTitle'),
    confirmation: message('bulk.blocks.endCoolOffConfirm', { count: n, blocks: blockList(ops) }),
    ops,
    undo: { available: false, note: NO_UNDO },
  };
}

/** split {size}: N must be smaller than each block and divide its size; a block in use cannot be split. */
export async function planSplit(input: PlanInput<'split'>): Promise<ActionPlan> {
  const { resource, schema, targets } = input;
  const size = input.params.size;
  if (!Number.isInteger(size) || size < 1) throw refuse('BULK_INVALID_PARAMS', message('bulk.blocks.sizeNotWhole'));
  const sizeField = schema.name('size');
  const rows = rowsByIri(await input.readRows(resource.path));
  const ops = uniqueTargets(targets).map((target): PlannedOp => {
    const row = rows.get(target);
    const label = labelOf(row, target, schema);
    const skip = (kind: 'missing' | 'invalid' | 'not-applicable', reason: UiText): PlannedOp =>
      skipped('split', resource.path, target, label, kind, reason, [], 'GET');
    if (!row) return skip('missing', NOT_CACHED);
    const blockSize = Number(row[sizeField]);
    if (!(size < blockSize) || blockSize % size !== 0)
      return skip('invalid', message('bulk.blocks.cannotSplit', { blockSize, size }));
    const decision = splittableDecision(schema, row);
    if (!decision.include) return skip('not-applicable', decision.reason);
    const planned = op('split', resource.path, target, label, [{ field: sizeField, old: blockSize, new: size }], {
      method: 'GET',
      path: `${target}/split/${size}`,
    });
    return { ...planned, rule: decision.rule };
  });
  const n = ops.filter((o) => o.skip === null).length;
  const invalid = ops.find((o) => o.skip?.kind === 'invalid');
  // nothing sensible to send: refuse the parameter itself rather than show an empty preview
  if (n === 0 && invalid?.skip) throw new BulkError('BULK_INVALID_PARAMS', invalid.skip.reason);
  return {
    title: message('bulk.blocks.splitTitle', { size }),
    confirmation: message('bulk.blocks.splitConfirm', { count: n, size, blocks: blockList(ops) }),
    ops,
    undo: { available: false, note: NO_UNDO },
  };
}
