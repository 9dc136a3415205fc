import { describe, expect, it } from 'vitest';
import { AppError, serializeError } from '../../../src-main/ipc/app-error.ts';
import { createEventHub } from '../../../src-main/ipc/event-hub.ts';

describe('serializeError', () => {
  it('an AppError reports itself, with details only when it has them', () => {
    const plain = new AppError('PROFILE_MISSING', 'No profile is selected.');
    expect(plain.name).toBe('AppError');
    expect(plain).toBeInstanceOf(Error);
    expect(serializeError(plain, 'app:info')).toStrictEqual({
      code: 'PROFILE_MISSING',
      message: 'No profile is selected.',
    });
    expect(Object.keys(serializeError(plain, 'app:info'))).toEqual(['code', 'message']);
    const detailed = new AppError('PROFILE_MISSING', 'No profile is selected.', { hint: 'create one' });
    expect(serializeError(detailed, 'app:info')).toStrictEqual({
      code: 'PROFILE_MISSING',
      message: 'No profile is selected.',
      details: { hint: 'create one' },
    });
  });

  it('an aborted call is CANCELLED, not an internal failure', () => {
    const aborted = new DOMException('The operation was aborted.', 'AbortError');
    expect(serializeError(aborted, 'grids:open')).toEqual({ code: 'CANCELLED', message: 'The request was cancelled.' });
    const named = Object.assign(new Error('stopped'), { name: 'AbortError' });
    expect(serializeError(named, 'grids:open').code).toBe('CANCELLED');
  });

  it('anything else is INTERNAL and says which channel failed and why', () => {
    expect(serializeError(new TypeError('boom'), 'settings:get')).toEqual({
      code: 'INTERNAL',
      message:
        '"settings:get" failed inside the console: boom. Try again; if it keeps failing, report it with this text.',
    });
    expect(serializeError(null, 'settings:get').message).toContain(': null.');
    expect(serializeError(undefined, 'settings:get').message).toContain(': undefined.');
    expect(serializeError('text', 'settings:get').code).toBe('INTERNAL');
    expect(serializeError({ reason: 'x' }, 'settings:get').code).toBe('INTERNAL');
  });

  it('only an object reports itself: a thrown function with toIpcError is INTERNAL', () => {
    const odd = Object.assign(() => undefined, { toIpcError: () => ({ code: 'FORGED', message: 'forged' }) });
    expect(serializeError(odd, 'settings:get').code).toBe('INTERNAL');
  });
});

describe('the event hub', () => {
  it('delivers each event to every subscriber until it unsubscribes', () => {
    const hub = createEventHub();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = hub.subscribe((event) => first.push(event));
    hub.subscribe((event) => second.push(event));
    hub.emit('settings:changed', { theme: 'dark', language: 'en', concurrency: 6 });
    stopFirst();
    hub.emit('settings:changed', { theme: 'light', language: 'nl', concurrency: 6 });
    expect(first).toEqual(['settings:changed']);
    expect(second).toEqual(['settings:changed', 'settings:changed']);
  });
});
