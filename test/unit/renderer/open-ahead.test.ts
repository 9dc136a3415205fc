// A grid asked for in the click's task, taken by the grid's hooks when they mount: what they take, in which order
// it was asked, and when a request is no longer good (an event of its grid came while nobody listened).
import { describe, expect, it } from 'vitest';
import type { EventName, GridTarget, NocApi } from '../../../src-preload/contract/index.ts';
import { createOpenAhead } from '../../../src-renderer/src/grid/open-ahead.ts';

function fakeBridge() {
  const asked: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const timers: (() => void)[] = [];
  const invoke = ((channel: string, input: unknown) => {
    asked.push({ channel, input });
    return Promise.resolve({ channel, n: asked.length });
  }) as unknown as NocApi['invoke'];
  const on = ((event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  }) as unknown as NocApi['on'];
  const emit = (event: EventName, payload: object): void => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
  };
  const listening = (): number => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
  const ahead = createOpenAhead({ invoke, on, later: (run) => void timers.push(run) });
  return { ahead, asked, emit, listening, timers };
}

const PHONES: GridTarget = { resource: 'phone-numbers' };

describe('open ahead', () => {
  it('asks for the saved columns, then the rows, and each hook takes its answer once', async () => {
    const { ahead, asked, listening } = fakeBridge();
    ahead.ask('p1', PHONES);
    expect(asked).toEqual([
      { channel: 'grid:column-state:get', input: PHONES },
      { channel: 'grid:open', input: PHONES },
    ]);
    expect(listening()).toBe(4);
    await expect(ahead.takeColumns('p1', PHONES)).resolves.toEqual({ channel: 'grid:column-state:get', n: 1 });
    expect(ahead.takeColumns('p1', PHONES)).toBeNull();
    // still listening: the rows are not taken yet
    expect(listening()).toBe(4);
    expect(ahead.takeColumns('p1', PHONES)).toBeNull();
    await expect(ahead.takeOpen('p1', { resource: 'phone-numbers' })).resolves.toEqual({ channel: 'grid:open', n: 2 });
    expect(ahead.takeOpen('p1', PHONES)).toBeNull();
    expect(listening()).toBe(0);
  });

  it('marks the moment it asked for the rows, for the bench', () => {
    const { ahead } = fakeBridge();
    performance.clearMarks('noc:grid-open-asked');
    ahead.ask('p1', PHONES);
    expect(performance.getEntriesByName('noc:grid-open-asked', 'mark')).toHaveLength(1);
  });

  it('gives nothing for another grid, another tab or another profile', () => {
    const { ahead } = fakeBridge();
    ahead.ask('p1', PHONES);
    expect(ahead.takeOpen('p1', { resource: 'sim-cards' })).toBeNull();
    expect(ahead.takeOpen('p1', { resource: 'phone-numbers', tab: 'history' })).toBeNull();
    expect(ahead.takeOpen('p2', PHONES)).toBeNull();
    expect(ahead.takeColumns('p2', PHONES)).toBeNull();
    expect(ahead.takeOpen('p1', PHONES)).not.toBeNull();
  });

  it.each(['grid:progress', 'grid:rows', 'grid:changes', 'grid:sync-end'] as const)(
    'is no longer good once a %s event of its grid came before it was taken',
    (event) => {
      const { ahead, emit, listening } = fakeBridge();
      ahead.ask('p1', PHONES);
      emit(event, { profileId: 'p1', resource: 'phone-numbers', tab: null });
      expect(ahead.takeOpen('p1', PHONES)).toBeNull();
      expect(ahead.takeColumns('p1', PHONES)).toBeNull();
      expect(listening()).toBe(0);
    },
  );

  it('stays good through events of other grids, tabs and profiles', () => {
    const { ahead, emit } = fakeBridge();
    ahead.ask('p1', PHONES);
    emit('grid:rows', { profileId: 'p1', resource: 'sim-cards', tab: null });
    emit('grid:rows', { profileId: 'p1', resource: 'phone-numbers', tab: 'history' });
    emit('grid:changes', { profileId: 'p2', resource: 'phone-numbers', tab: null });
    expect(ahead.takeOpen('p1', PHONES)).not.toBeNull();
  });

  it('once its rows are taken, stops listening and keeps the columns for their hook', async () => {
    const { ahead, emit, listening } = fakeBridge();
    ahead.ask('p1', PHONES);
    expect(ahead.takeOpen('p1', PHONES)).not.toBeNull();
    expect(listening()).toBe(0);
    emit('grid:rows', { profileId: 'p1', resource: 'phone-numbers', tab: null });
    await expect(ahead.takeColumns('p1', PHONES)).resolves.toEqual({ channel: 'grid:column-state:get', n: 1 });
    expect(ahead.takeColumns('p1', PHONES)).toBeNull();
  });

  it('drops an untaken request when its time is up, and a newer ask replaces an older one', () => {
    const { ahead, timers, listening } = fakeBridge();
    ahead.ask('p1', PHONES);
    timers.shift()!();
    expect(ahead.takeOpen('p1', PHONES)).toBeNull();
    expect(listening()).toBe(0);

    ahead.ask('p1', PHONES);
    ahead.ask('p1', { resource: 'sim-cards' });
    expect(listening()).toBe(4);
    expect(ahead.takeOpen('p1', PHONES)).toBeNull();
    // the older request's timer does not drop the newer one
    timers.shift()!();
    expect(ahead.takeOpen('p1', { resource: 'sim-cards' })).not.toBeNull();
  });

  it('keeps a failed answer for the hook that takes it (no unhandled rejection before)', async () => {
    const failing = ((channel: string) =>
      channel === 'grid:open'
        ? Promise.reject(new Error('offline'))
        : Promise.resolve(null)) as unknown as NocApi['invoke'];
    const ahead = createOpenAhead({ invoke: failing, on: () => () => undefined, later: () => undefined });
    ahead.ask('p1', PHONES);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(ahead.takeOpen('p1', PHONES)).rejects.toThrow('offline');
    await expect(ahead.takeColumns('p1', PHONES)).resolves.toBeNull();
  });
});
