import { describe, expect, it } from 'vitest';
import { systemSleep } from '../../../src-main/platform/timers.ts';

describe('a sleep', () => {
  it('ends at once, with the reason, when its signal was aborted before it began', async () => {
    const controller = new AbortController();
    const reason = new Error('closed');
    controller.abort(reason);
    const started = performance.now();
    await expect(systemSleep(10_000, controller.signal)).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('ends when its signal aborts, with the reason, and its timer is cleared (nothing keeps the process alive)', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const sleeping = systemSleep(10_000, controller.signal);
    const timersBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length).toBe(timersBefore - 1);
  });

  it('leaves no listener on a signal that outlives it', async () => {
    const controller = new AbortController();
    let listeners = 0;
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      if (args[0] === 'abort') listeners += 1;
      add(...args);
    }) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      if (args[0] === 'abort') listeners -= 1;
      remove(...args);
    }) as typeof remove;
    for (let i = 0; i < 3; i += 1) await systemSleep(1, signal);
    expect(listeners).toBe(0);
  });
});
