import type { BulkEstimate } from '../../src-preload/contract/bulk.ts';
import type { Governor } from '../platform/index.ts';

/** Clock times for people are Dutch time, whatever the computer's zone. */
const clock = (at: number, locale: string): string =>
  new Date(at).toLocaleString(locale, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });

/**
 * Requests and wall time from the live rate budget and concurrency; when the budget runs out during the job,
 * when that happens, when the window renews, and a warning in both languages.
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
    budget = {
      window: windowName,
      runsOutAt: now + (left === 0 ? 0 : governor.estimate(left).durationMs),
      resetsAt: window.resetAt,
    };
    const en = estimate.exhaustsDailyBudget ? "today's" : "this hour's";
    const nl = estimate.exhaustsDailyBudget ? 'het daglimiet' : 'het uurlimiet';
    warning = {
      en: `This job needs ${requests} requests and ${left} are left in ${en} rate budget: it will wait for the budget to renew and finish around ${clock(finishesAt, 'en-GB')}. Other work in the console waits too.`,
      nl: `Deze taak heeft ${requests} verzoeken nodig en er zijn er nog ${left} over binnen ${nl}: ze wacht tot het budget vrijkomt en is rond ${clock(finishesAt, 'nl-NL')} klaar. Ander werk in de console wacht ook.`,
    };
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
