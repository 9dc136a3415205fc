import { operationText } from './outcome-text.ts';
import { logText } from '../logging/ui-text.ts';
import type { BulkEvent, BulkOpStates } from '../../src-preload/contract/bulk.ts';
import type { Op } from './types.ts';

const FLUSH_MS = 100;

/** Operation state changes are sent in batches: a thousand rows must not mean a thousand IPC messages a second. */
export function createOpEventBatcher(emit: (event: BulkEvent) => void): {
  add(jobId: string, resource: string, op: Op): void;
  flush(): void;
  close(): void;
} {
  const pending = new Map<string, BulkOpStates>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batches = [...pending.values()];
    pending.clear();
    for (const batch of batches) emit({ type: 'ops', batch });
  };
  return {
    add(jobId, resource, op) {
      let batch = pending.get(jobId);
      if (!batch) {
        batch = { jobId, resource, ops: [] };
        pending.set(jobId, batch);
      }
      batch.ops.push({
        index: op.index,
        target: op.target,
        label: op.label,
        state: op.state,
        message: (op.skip ? logText(op.skip.reason) : null) ?? op.outcome?.note ?? op.outcome?.message ?? null,
        text: operationText(op.skip?.reason, op.outcome),
        retry: op.retry,
      });
      if (!timer) {
        timer = setTimeout(flush, FLUSH_MS);
        timer.unref?.();
      }
    },
    flush,
    close() {
      flush();
    },
  };
}
