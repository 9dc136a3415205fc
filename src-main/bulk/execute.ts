import type { BulkOutcome } from '../../src-preload/contract/bulk.ts';
import { isPlatformError, type PlatformClient } from '../platform/index.ts';
import type { Op, Row } from './types.ts';

/** What one send produced: applied with the platform's items, definitely not applied, or not known. */
export type SendResult =
  | { type: 'applied'; status: number; items: Row[]; removed: string[]; createdIri: string | null }
  | { type: 'failed'; outcome: BulkOutcome; error: unknown }
  | { type: 'ambiguous'; outcome: BulkOutcome; error: unknown };

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

function itemsOf(op: Op, body: unknown): Row[] {
  if (op.kind === 'split' && isRow(body) && Array.isArray(body['hydra:member']))
    return (body['hydra:member'] as unknown[]).filter(isRow);
  return isRow(body) && typeof body['@id'] === 'string' ? [body] : [];
}

export function failureOutcome(error: unknown): BulkOutcome {
  if (isPlatformError(error)) {
    return {
      status: error.status ?? null,
      message: error.userMessage,
      text: error.text,
      platformMessage: error.platformMessage ?? null,
      violations: error.violations.map((v) => ({ field: v.field, message: v.message })),
      note: null,
      reconciled: false,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: null, message, platformMessage: null, violations: [], note: null, reconciled: false };
}

/**
 * Whether a failed send may still have changed the platform. POST and side-effect GETs are sent once, so a lost
 * answer or a server error (it may come after the change was committed) is in doubt; PATCH and DELETE are
 * repeated by the client and the job, so an earlier attempt may have landed even when the last one failed:
 * anything but a plain 4xx refusal is settled by re-reading. A rate-limit refusal was not applied.
 */
function inDoubt(op: Op, error: unknown): boolean {
  if (!isPlatformError(error)) return true;
  if (error.kind === 'unknown-outcome') return true;
  if (error.kind === 'rate-limited') return false;
  if (op.request.method === 'PATCH' || op.request.method === 'DELETE') {
    if (error.kind === 'http' && error.status !== undefined && error.status >= 400 && error.status < 500) {
      return op.request.method === 'DELETE' && error.status === 404;
    }
    return error.kind !== 'signed-out';
  }
  return error.kind === 'http' && error.status !== undefined && error.status >= 500;
}

/**
 * Sends one operation through the client (and so through the governor). Never passes an abort signal: a request
 * that left is always seen through, so no operation is half-sent.
 *
 * Two retry layers, one after the other. The pipeline repeats PATCH and DELETE at once on 5xx and network failures
 * within its attempt cap, paid from the connection's retry budget, like every idempotent request of the console
 * (POST and side-effect GETs are sent once: `retry: false`). What it gives up on (its cap reached, or 'unavailable':
 * the connection's budget is spent) comes back to the job, which sends the operation again from its queue (perform.ts:
 * its backoff, its attempt bound, the profile's job retry budget, "retrying (2/4)"). So 'unavailable' is transient to
 * the job, never a failed row by itself; when the platform is really down both budgets run dry and the sends stay
 * bounded (the first send of each operation, about 20 pipeline retries, about 100 job retries). A short 429 hold is
 * waited out in the governor; a long one (a spent hourly budget) is not waited out inside a send (`yieldToHold`):
 * the operation comes back 'rate-limited' with the hold, unsent, and waits in the job's queue, so a cancel during the
 * hold sends nothing more.
 */
export async function sendOp(client: PlatformClient, op: Op): Promise<SendResult> {
  const { method, path, body } = op.request;
  try {
    const response = await client.send({
      method,
      path,
      ...(body !== undefined ? { body } : {}),
      retry: method === 'PATCH' || method === 'DELETE',
      yieldToHold: true,
    });
    const items = itemsOf(op, response.body);
    return {
      type: 'applied',
      status: response.status,
      items,
      removed: op.kind === 'delete-forward' ? [op.target] : [],
      createdIri:
        op.kind === 'create-forward' ? (typeof items[0]?.['@id'] === 'string' ? items[0]['@id'] : null) : null,
    };
  } catch (error) {
    return { type: inDoubt(op, error) ? 'ambiguous' : 'failed', outcome: failureOutcome(error), error };
  }
}
