import type { BulkEstimate } from '../../src-preload/contract/bulk.ts';
import { message } from '../../src-preload/contract/messages.ts';
import type { Governor } from '../platform/index.ts';

/**
 * Requests and wall time from the live rate budget and concurrency; when the budget runs out during the job,
 * when that happens, when the window renews, and a warning for the operator.
 */
export function estimateJob(governor: Governor, requests: number, now: number): BulkEstimate {
  const estimate = governor.estimate(requests);
  const snapshot = governor.snapshot();
  const finishesAt = now + estimate.durationMs;
  let warning: BulkEstimate['warning'] = null;
  let budget: BulkEstimate['budget'] = null;
  if (estimate.exhaustsHourlyBudget || estimate.exhaustsDailyBudget) {
    const windowName = estimate.exhaustsDailyBudget ? 'day' : 'hour';
    const window = snapshot[windowName];
    const left = Math.max(0, window.remaining ?? 0);
    // the budget runs out when the governor holds the job: after the requests that go before the hold (the reserve
    // it keeps back is not among them), at the budget's pace; not after `left`, which would run into the hold itself
    const beforeHold = estimate.requestsBeforeHold ?? 0;
    budget = {
      window: windowName,
      runsOutAt: now + (beforeHold === 0 ? 0 : governor.estimate(beforeHold).durationMs),
      resetsAt: window.resetAt,
    };
    // the renderer says the time in Europe/Amsterdam, in the operator's language
    const params = { requests, left, at: finishesAt };
    warning = estimate.exhaustsDailyBudget
      ? message('bulk.estimate.dayBudget', params)
      : message('bulk.estimate.hourBudget', params);
  }
  return {
    requests: estimate.requests,
    durationMs: estimate.durationMs,
    finishesAt,
    concurrency: snapshot.concurrency,
    exhaustsHourlyBudget: estimate.exhaustsHourlyBudget,
    exhaustsDailyBudget: estimate.exhaustsDailyBudget,
    hourRemainingAfter: estimate.hourRemainingAfter,
    budget,
    warning,
  };
}
