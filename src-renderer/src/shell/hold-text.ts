import type { BudgetHold } from '../../../src-preload/contract/index.ts';
import { clockTime } from '../bulk/clock.ts';

export interface HoldWords {
  /** i18n key of the sentence: status.hold.hour / .day / .retry-after. */
  key: `status.hold.${BudgetHold['reason']}`;
  /** When work continues in Amsterdam time, e.g. "10:07", or "Sat 00:13" on another day. */
  time: string;
  /** How long until then: minutes (rounded up), or seconds under a minute. */
  wait: { unit: 'seconds' | 'minutes' | 'hours'; n: number; minutes: number };
}

export function holdWords(hold: BudgetHold, now: number, locale: string): HoldWords {
  const left = Math.max(0, hold.until - now);
  const time = clockTime(hold.until, now, locale);
  const totalMinutes = Math.ceil(left / 60_000);
  const wait: HoldWords['wait'] =
    left < 60_000
      ? { unit: 'seconds', n: Math.max(1, Math.ceil(left / 1000)), minutes: 0 }
      : totalMinutes < 120
        ? { unit: 'minutes', n: totalMinutes, minutes: 0 }
        : { unit: 'hours', n: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
  return { key: `status.hold.${hold.reason}`, time, wait };
}

/** The i18n key of the wait ("59 min", "2 h 5 min", "40 s"). */
export const waitKey = (wait: HoldWords['wait']): string => `status.wait.${wait.unit}`;
