import { message, type Message } from '../../src-preload/contract/messages.ts';
import { isPlatformError, type PlatformClient } from '../platform/index.ts';
import { matchingForwards } from './actions/forwards.ts';
import { instantOf, sameValue } from './compare.ts';
import { fieldTypesAt } from './field-types.ts';
import { notFoundAt } from './read-current.ts';
import type { Op, Row } from './types.ts';

/** What re-reading the platform says about one operation. */
export type Verdict =
  | { type: 'applied'; items: Row[]; removed: string[]; createdIri: string | null }
  | { type: 'not-applied' }
  | { type: 'unsettled'; message: string; text: Message };

/** A create is recognised within this distance before it was sent (clocks of client and platform differ). */
const CLOCK_SLACK_MS = 10 * 60_000;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An answer without the item (a proxy's page, an empty body): it proves neither that the item is there nor gone. */
class NoItemInAnswer extends Error {}

/** The item as the platform holds it now; null only when the platform says it is not there (404). */
async function readItem(client: PlatformClient, iri: string): Promise<Row | null> {
  let body: unknown;
  try {
    // a read held back by a spent budget does not wait the hour inside the job: it is retried after the hold
    body = await client.request({ path: iri, yieldToHold: true });
  } catch (error) {
    if (notFoundAt(error, iri)) return null;
    throw error;
  }
  if (!isRow(body)) throw new NoItemInAnswer('the platform answered without the item');
  return body;
}

/**
 * Whether a block's cool-off is over: its status moved away from the value it had when planned, or its cool-off
 * end (the platform's field, recorded when planned) is gone or past.
 */
function coolOffEnded(op: Op, item: Row): boolean {
  const [status, until] = op.changes;
  if (status && !sameValue('enum', item[status.field], status.old)) return true;
  if (!until || until.old === null) return false;
  const end = item[until.field];
  const at = typeof end === 'string' ? instantOf(end) : null;
  return end === null || end === undefined || end === '' || (at !== null && at <= Date.now());
}

function judgeItem(op: Op, item: Row | null): Verdict {
  const applied: Verdict = { type: 'applied', items: item ? [item] : [], removed: [], createdIri: null };
  switch (op.kind) {
    case 'patch': {
      if (!item) return unsettled('the item no longer exists', message('bulk.recheck.itemGone'));
      const typeOf = fieldTypesAt(op.resourcePath);
      return op.changes.every((c) => sameValue(typeOf(c.field), item[c.field], c.new))
        ? applied
        : { type: 'not-applied' };
    }
    case 'split': {
      if (!item) return unsettled('the block no longer exists', message('bulk.recheck.blockGone'));
      const change = op.changes[0];
      const size = change ? item[change.field] : undefined;
      if (change && sameValue('number', size, change.new)) return applied;
      if (change && sameValue('number', size, change.old)) return { type: 'not-applied' };
      return unsettled(
        `the block now has size ${String(size)}`,
        message('bulk.recheck.blockSize', { size: String(size) }),
      );
    }
    case 'end-cool-off':
      if (!item) return unsettled('the block no longer exists', message('bulk.recheck.blockGone'));
      return coolOffEnded(op, item) ? applied : { type: 'not-applied' };
    case 'accept-outport': {
      if (!item) return unsettled('the outport no longer exists', message('bulk.recheck.outportGone'));
      // the status field and both spellings (pending, accepted) are the platform's, recorded when planned
      const change = op.changes[0];
      const status = change ? item[change.field] : undefined;
      if (change && change.new !== null && sameValue('enum', status, change.new)) return applied;
      if (change && sameValue('enum', status, change.old)) return { type: 'not-applied' };
      return unsettled(
        `the outport is now ${String(status)}`,
        message('bulk.recheck.outportStatus', { status: message('common.status', { value: String(status) }) }),
      );
    }
    case 'delete-forward':
      return item === null
        ? { type: 'applied', items: [], removed: [op.target], createdIri: null }
        : { type: 'not-applied' };
    case 'create-forward':
      return unsettled('creates are reconciled by listing', message('bulk.recheck.createByListing'));
  }
}

const createdAt = (row: Row): number | null =>
  typeof row['createdAt'] === 'string' ? instantOf(row['createdAt']) : null;

function judgeCreate(op: Op, forwards: readonly Row[], claimed: Set<string>): Verdict {
  const expect = op.forward;
  if (!expect)
    return unsettled('the journal holds no description of the forward', message('bulk.recheck.noForwardRecord'));
  const preexisting = new Set(expect.preexisting);
  const since = (op.sentAt ?? 0) - CLOCK_SLACK_MS;
  const candidates = matchingForwards(forwards, expect, expect.names)
    .filter((f) => {
      const iri = String(f['@id']);
      if (preexisting.has(iri) || claimed.has(iri)) return false;
      const created = createdAt(f);
      return created === null || created >= since;
    })
    .sort((a, b) => (createdAt(a) ?? 0) - (createdAt(b) ?? 0));
  const found = candidates[0];
  if (!found) return { type: 'not-applied' };
  const iri = String(found['@id']);
  claimed.add(iri);
  return { type: 'applied', items: [found], removed: [], createdIri: iri };
}

/**
 * Re-reads the platform for operations whose outcome is in doubt (a lost answer, or "sending" when the app died):
 * items are read one by one; creates are found by listing the forwards once for all of them. `claimed` holds the
 * forwards already attributed to an operation, so two operations never claim the same one.
 */
export async function reconcileOps(
  client: PlatformClient,
  ops: readonly Op[],
  claimed: Set<string>,
): Promise<Map<number, Verdict>> {
  const verdicts = new Map<number, Verdict>();
  const creates = ops.filter((op) => op.kind === 'create-forward');
  const others = ops.filter((op) => op.kind !== 'create-forward');
  await Promise.all(
    others.map(async (op) => {
      try {
        verdicts.set(op.index, judgeItem(op, await readItem(client, op.target)));
      } catch (error) {
        verdicts.set(op.index, unsettledBy(error));
      }
    }),
  );
  if (creates.length > 0) {
    try {
      const { items } = await client.listAll<Row>(creates[0]!.resourcePath, { itemsPerPage: 500, yieldToHold: true });
      for (const op of creates) verdicts.set(op.index, judgeCreate(op, items, claimed));
    } catch (error) {
      for (const op of creates) verdicts.set(op.index, unsettledBy(error));
    }
  }
  return verdicts;
}

const unsettled = (english: string, text: Message): Verdict => ({ type: 'unsettled', message: english, text });

/** A re-read that failed: the platform's failure as the operator reads it, else what went wrong in words. */
function unsettledBy(error: unknown): Verdict {
  if (isPlatformError(error)) return unsettled(error.userMessage, error.text);
  if (error instanceof NoItemInAnswer) return unsettled(error.message, message('bulk.recheck.noItemInAnswer'));
  const english = error instanceof Error ? error.message : String(error);
  return unsettled(english, message('bulk.recheck.failed', { reason: english }));
}
