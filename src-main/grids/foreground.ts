/**
 * The grid the operator waits for goes first. Until the first sync of a grid that opened with nothing cached has
 * ended (its rows sent, its cache written), background work (the overview's refreshes of other collections, their cache writes, its lookups)
 * waits here: on a machine of two cores main's event loop, the renderer and the platform share, each page such work
 * reads or each cache chunk it seals is time the waiting grid's listing does not get.
 */
export interface Foreground {
  /** Whether a grid other than `except` waits for its first sync. */
  busy(except?: string): boolean;
  /** Resolves when no grid other than `except` waits (at once when none does), or when `signal` aborts. */
  idle(except?: string, signal?: AbortSignal): Promise<void>;
  /** Something `busy` reads has changed: waiters whose wait is over go on. */
  changed(): void;
}

interface Waiter {
  except: string | undefined;
  resolve: () => void;
}

/** `waiting(except)`: whether a grid other than `except` waits for its first sync (read live on every change). */
export function createForeground(waiting: (except?: string) => boolean): Foreground {
  const waiters = new Set<Waiter>();
  return {
    busy: (except) => waiting(except),
    idle(except, signal) {
      if (!waiting(except) || signal?.aborted) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const waiter: Waiter = {
          except,
          resolve: () => {
            waiters.delete(waiter);
            signal?.removeEventListener('abort', waiter.resolve);
            resolve();
          },
        };
        waiters.add(waiter);
        signal?.addEventListener('abort', waiter.resolve, { once: true });
      });
    },
    changed() {
      for (const waiter of [...waiters]) if (!waiting(waiter.except)) waiter.resolve();
    },
  };
}
