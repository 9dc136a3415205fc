import type { GridSyncEnd, ListingGap } from '../../src-preload/contract/grids.ts';

/** A paused refresh goes on this long after the hold ends (the platform's clock may run a little behind). */
const RESUME_AFTER_HOLD_MS = 500;

export type SyncBase = { profileId: string; resource: string; tab: string | null };

export interface GapEndingDeps {
  now: () => number;
  reportUnreachable: (reason: string) => void;
}

export interface GapEnding {
  /**
   * Ends a refresh that is missing pages: 'paused' for the budget (and `resume` runs at the hold's end),
   * 'offline' when the platform cannot be reached, else 'partial'.
   */
  end(key: string, base: SyncBase, gap: ListingGap, emit: (result: GridSyncEnd) => void, resume: () => void): void;
  /** Forgets every scheduled resume (the profile changed). */
  clear(): void;
}

export function createGapEnding(deps: GapEndingDeps): GapEnding {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    end(key, base, gap, emit, resume) {
      if (gap.cause === 'budget' && gap.hold) {
        clearTimeout(timers.get(key));
        const timer = setTimeout(
          () => {
            timers.delete(key);
            resume();
          },
          Math.max(0, gap.hold.until - deps.now()) + RESUME_AFTER_HOLD_MS,
        );
        timer.unref?.();
        timers.set(key, timer);
        emit({ ...base, outcome: 'paused', message: gap.reason, gap });
        return;
      }
      if (gap.cause === 'unreachable') {
        deps.reportUnreachable(gap.reason);
        emit({ ...base, outcome: 'offline', message: gap.reason, gap });
        return;
      }
      emit({ ...base, outcome: 'partial', message: gap.reason, gap });
    },
    clear() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
