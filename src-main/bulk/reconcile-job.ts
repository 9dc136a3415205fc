import type { PlatformClient } from '../platform/index.ts';
import type { Entry } from './job-entry.ts';
import type { Journal } from './journal.ts';
import {
  CONFIRMED_NOTE,
  CONFIRMED_TEXT,
  NOT_APPLIED_NOTE,
  NOT_APPLIED_TEXT,
  settleApplied,
  unsettledNote,
  unsettledNoteText,
} from './perform.ts';
import { reconcileOps } from './reconcile.ts';
import type { Row } from './types.ts';

export interface ReconcileJobDeps {
  journal: Journal;
  client: () => PlatformClient;
  now: () => number;
  claimed: Set<string>;
  addToCache: (path: string, items: Row[], removed: string[]) => void;
  flushCache: () => Promise<void>;
  /** The one way the job's state changes (journalled and reported). */
  enter: (entry: Entry, to: 'reconciling' | 'interrupted') => void;
}

/**
 * Settles what an interrupted job left in doubt ("sending" when the app died, or "unknown") by re-reading the
 * platform; sends no change. Applied ones are applied; ones the platform shows did not happen are pending again.
 */
export async function reconcileJob(entry: Entry, deps: ReconcileJobDeps): Promise<void> {
  const doubtful = entry.ops.filter((o) => o.state === 'sending' || o.state === 'unknown');
  if (doubtful.length === 0) return;
  deps.enter(entry, 'reconciling');
  const verdicts = await reconcileOps(deps.client(), doubtful, deps.claimed);
  const t = deps.now();
  for (const op of doubtful) {
    const verdict = verdicts.get(op.index);
    const base = op.outcome ?? {
      status: null,
      message: null,
      platformMessage: null,
      violations: [],
      note: null,
      reconciled: false,
    };
    if (verdict?.type === 'applied') {
      settleApplied(
        op,
        verdict,
        { ...base, status: null, message: null, note: CONFIRMED_NOTE, noteText: CONFIRMED_TEXT, reconciled: true },
        deps.claimed,
      );
      deps.addToCache(op.resourcePath, verdict.items, verdict.removed);
    } else if (verdict?.type === 'not-applied') {
      // safe to send again: the platform shows the change did not happen
      op.state = 'pending';
      op.outcome = { ...base, note: NOT_APPLIED_NOTE, noteText: NOT_APPLIED_TEXT, reconciled: true };
    } else {
      op.state = 'unknown';
      op.outcome = { ...base, note: unsettledNote(verdict), noteText: unsettledNoteText(verdict) };
    }
    op.updatedAt = t;
  }
  deps.journal.recordOps(entry.job.id, doubtful);
  await deps.flushCache();
  deps.enter(entry, 'interrupted');
}
