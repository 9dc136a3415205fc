import { message, type Message, type UiText } from '../../src-preload/contract/messages.ts';
import type { BulkConflict, BulkValue } from '../../src-preload/contract/bulk.ts';
import type { PlatformClient } from '../platform/index.ts';
import { op, skipped } from './actions/shared.ts';
import { sameValue } from './compare.ts';
import { fieldTypesAt } from './field-types.ts';
import { readCurrent } from './read-current.ts';
import { valueOf, type ActionPlan, type JobRecord, type Op, type PlannedOp, type Row } from './types.ts';

export interface UndoDeps {
  client: PlatformClient;
  readRows: (path: string) => Promise<Row[]>;
  /** The fresh rows read for the check also refresh the cache. */
  refreshCache: (path: string, items: Row[]) => Promise<void>;
  /** How the operator names a written field (the platform's name when the console has no name for it). */
  fieldLabel: (path: string, platformField: string) => Message | string;
}

const GONE = message('bulk.undo.gone');

/** A value as the operator reads it in a sentence: quoted, or "(empty)". */
const shownValue = (value: BulkValue): Message =>
  value === null ? message('common.empty') : message('common.quoted', { text: String(value) });

const NO_UNDO_FOR: Record<string, UiText> = {
  split: message('bulk.undo.noSplit'),
  'end-cool-off': message('bulk.undo.noEndCoolOff'),
  'accept-outport': message('bulk.undo.noAcceptOutport'),
  'delete-forward': message('bulk.undo.noDeleteForward'),
};

/** The collection's size as the cache knows it; unknown (infinite) when the cache cannot be read. */
async function sizeOf(readRows: UndoDeps['readRows'], path: string): Promise<number> {
  // an unknown size must not make the check list a whole collection: item by item costs one read per row at most
  return readRows(path).then(
    (rows) => rows.length,
    () => Number.POSITIVE_INFINITY,
  );
}

/**
 * The inverse job: every applied field back to its recorded old value, and the forwards a create made deleted.
 * The platform's current values are read first; a row whose value is no longer what the job set is a conflict and
 * left alone unless forced.
 */
export async function planUndo(
  deps: UndoDeps,
  job: JobRecord,
  ops: readonly Op[],
  force: boolean,
): Promise<ActionPlan> {
  const applied = ops.filter((o) => o.state === 'applied');
  const patches = applied.filter((o) => o.kind === 'patch');
  const creates = applied.filter((o) => o.kind === 'create-forward' && o.createdIri !== null);
  const planned: PlannedOp[] = [];
  const conflicts: BulkConflict[] = [];
  const notes: UiText[] = [];

  const byPath = new Map<string, Op[]>();
  for (const o of patches) byPath.set(o.resourcePath, [...(byPath.get(o.resourcePath) ?? []), o]);
  for (const [path, group] of byPath) {
    const typeOf = fieldTypesAt(path);
    const current = await readCurrent(
      deps.client,
      path,
      group.map((o) => o.target),
      await sizeOf(deps.readRows, path),
    );
    const fresh = [...current.values()].filter((r): r is Row => r !== null);
    await deps.refreshCache(path, fresh);
    for (const o of group) {
      const row = current.get(o.target) ?? null;
      if (!row) {
        planned.push(skipped('patch', path, o.target, o.label, 'missing', GONE));
        continue;
      }
      const changes = [];
      const rowConflicts: BulkConflict[] = [];
      for (const c of o.changes) {
        const now = row[c.field];
        // only the spelling may differ ("+31…" for "0…", an offset for Z): that is no conflict
        if (sameValue(typeOf(c.field), now, c.old)) continue;
        if (!sameValue(typeOf(c.field), now, c.new))
          rowConflicts.push({
            target: o.target,
            label: o.label,
            field: c.field,
            ours: c.new,
            current: valueOf(now),
            restore: c.old,
            forced: force,
          });
        changes.push({ field: c.field, old: valueOf(now), new: c.old });
      }
      conflicts.push(...rowConflicts);
      if (rowConflicts.length > 0 && !force) {
        const first = rowConflicts[0]!;
        planned.push(
          skipped(
            'patch',
            path,
            o.target,
            o.label,
            'conflict',
            message('bulk.undo.conflict', {
              field: deps.fieldLabel(path, first.field),
              current: shownValue(first.current),
              ours: shownValue(first.ours),
            }),
            changes,
          ),
        );
      } else if (changes.length === 0) {
        planned.push(skipped('patch', path, o.target, o.label, 'unchanged', message('bulk.undo.alreadyOld')));
      } else {
        const body = Object.fromEntries(changes.map((c) => [c.field, c.new]));
        planned.push(op('patch', path, o.target, o.label, changes, { method: 'PATCH', path: o.target, body }));
      }
    }
  }

  if (creates.length > 0) {
    const path = creates[0]!.resourcePath;
    const current = await readCurrent(
      deps.client,
      path,
      creates.map((o) => o.createdIri!),
      await sizeOf(deps.readRows, path),
    );
    for (const o of creates) {
      const iri = o.createdIri!;
      const row = current.get(iri) ?? null;
      const label = `${o.label} → ${String(o.forward?.forwardTo ?? '')}`;
      const forwardTo = o.forward?.names?.forwardTo ?? 'forwardTo';
      if (!row) planned.push(skipped('delete-forward', path, iri, label, 'missing', GONE, [], 'DELETE'));
      else
        planned.push(
          op('delete-forward', path, iri, label, [{ field: forwardTo, old: valueOf(row[forwardTo]), new: null }], {
            method: 'DELETE',
            path: iri,
          }),
        );
    }
  }

  for (const kind of new Set(applied.map((o) => o.kind))) {
    const note = NO_UNDO_FOR[kind];
    if (note) notes.push(note);
  }
  const n = planned.filter((p) => p.skip === null).length;
  return {
    title: message('bulk.undo.title', { title: job.title }),
    confirmation:
      conflicts.length === 0
        ? message('bulk.undo.confirm', { count: n, title: job.title })
        : message(force ? 'bulk.undo.confirmOverwrite' : 'bulk.undo.confirmLeave', {
            count: n,
            title: job.title,
            changed: conflicts.length,
          }),
    ops: planned,
    conflicts,
    notes,
    undo: { available: true, note: null },
  };
}
