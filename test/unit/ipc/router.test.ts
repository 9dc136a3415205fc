import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/ipc/app-error.ts';
import { createIpcRouter, type HandlerSet } from '../../../src-main/ipc/router.ts';
import { channelNames } from '../../../src-preload/contract/channels.ts';

const notUsed = (): never => {
  throw new Error('not used by this test');
};

function handlers(overrides: Partial<HandlerSet> = {}): HandlerSet {
  const unused = Object.fromEntries(channelNames.map((channel) => [channel, notUsed])) as unknown as HandlerSet;
  return {
    ...unused,
    'app:info': () => ({ name: 'n', version: '1', runtime: { kind: 'bridge', node: '24' }, platform: 'linux' }),
    'settings:get': () => ({ theme: 'system', language: 'en', concurrency: 6 }),
    'settings:update': (patch) => ({ theme: patch.theme ?? 'system', language: 'en', concurrency: 6 }),
    ...overrides,
  };
}

describe('the IPC router', () => {
  it('runs the handler with the parsed input and returns its value', async () => {
    const received: unknown[] = [];
    const router = createIpcRouter(
      handlers({
        'profiles:create': (input) => {
          received.push(input);
          return {
            id: 'p1',
            name: input.name,
            baseUrl: input.baseUrl,
            isDemo: false,
            auth: { mode: 'static-key', clientIdMasked: null },
            rootCustomerId: null,
            secretStored: false,
          };
        },
      }),
    );
    // zod trims these: a handler given the raw input would see (and store) the spaces
    const raw = {
      name: '  Acme NOC  ',
      baseUrl: ' https://api.example.nl ',
      auth: { mode: 'static-key', clientId: ' client-1 ', authToken: 'key-1234' },
    };
    const result = await router.dispatch('1', 'profiles:create', raw);
    expect(received).toEqual([
      {
        name: 'Acme NOC',
        baseUrl: 'https://api.example.nl',
        auth: { mode: 'static-key', clientId: 'client-1', authToken: 'key-1234' },
      },
    ]);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'Acme NOC', baseUrl: 'https://api.example.nl' }),
    });
    expect(raw.name).toBe('  Acme NOC  ');
  });

  it('refuses invalid input with a VALIDATION error and never runs the handler', async () => {
    const update = vi.fn(() => ({ theme: 'dark' as const, language: 'en' as const, concurrency: 6 }));
    const router = createIpcRouter(handlers({ 'settings:update': update }));
    const result = await router.dispatch('1', 'settings:update', { theme: 'purple' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain('theme');
    expect(result.error.message).toContain('Nothing was changed');
    expect(result.error.details).toEqual({ issues: [expect.objectContaining({ path: 'theme' })] });
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses unknown fields and unknown channels', async () => {
    const router = createIpcRouter(handlers());
    const extra = await router.dispatch('1', 'app:info', { sneaky: true });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
    const unknown = await router.dispatch('2', 'fs:read', {});
    expect(unknown.ok ? null : unknown.error.code).toBe('UNKNOWN_CHANNEL');
    const proto = await router.dispatch('3', '__proto__', {});
    expect(proto.ok ? null : proto.error.code).toBe('UNKNOWN_CHANNEL');
  });

  it('serializes errors as {code, message, details}', async () => {
    const router = createIpcRouter(
      handlers({
        'app:info': () => {
          throw new AppError('PROFILE_MISSING', 'No profile is selected.', { hint: 'create one' });
        },
        'settings:get': () => {
          throw new TypeError('boom');
        },
      }),
    );
    expect(await router.dispatch('1', 'app:info', {})).toEqual({
      ok: false,
      error: { code: 'PROFILE_MISSING', message: 'No profile is selected.', details: { hint: 'create one' } },
    });
    const internal = await router.dispatch('2', 'settings:get', {});
    expect(internal.ok ? null : internal.error).toEqual({ code: 'INTERNAL', message: expect.stringContaining('boom') });
  });

  it('cancels a call in flight through its AbortSignal', async () => {
    let seen: AbortSignal | undefined;
    const router = createIpcRouter(
      handlers({
        'app:info': (_input, { signal }) => {
          seen = signal;
          return new Promise((_resolve, reject) =>
            signal.addEventListener('abort', () => reject(new Error('aborted'))),
          );
        },
      }),
    );
    const pending = router.dispatch('w1:7', 'app:info', {});
    router.cancel('w1:7');
    const result = await pending;
    expect(seen?.aborted).toBe(true);
    expect(result).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'The request was cancelled.' } });
  });

  it('cancels every call of a window that went away', async () => {
    const signals: AbortSignal[] = [];
    const router = createIpcRouter(
      handlers({
        'settings:get': (_input, { signal }) => {
          signals.push(signal);
          return new Promise((resolve) =>
            signal.addEventListener('abort', () => resolve({ theme: 'system', language: 'en', concurrency: 6 })),
          );
        },
      }),
    );
    const calls = [
      router.dispatch('w1:1', 'settings:get', {}),
      router.dispatch('w1:2', 'settings:get', {}),
      router.dispatch('w2:1', 'settings:get', {}),
    ];
    router.cancelAll('w1:');
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true, false]);
    router.cancelAll('w2:');
    // the handlers resolved (not threw) once aborted: a cancelled call still reports CANCELLED, never the value
    const cancelled = { ok: false, error: { code: 'CANCELLED', message: 'The request was cancelled.' } };
    expect(await Promise.all(calls)).toEqual([cancelled, cancelled, cancelled]);
  });

  it('names the unknown channel', async () => {
    const router = createIpcRouter(handlers());
    expect(await router.dispatch('1', 'fs:read', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'There is no channel named "fs:read".' },
    });
  });

  it('lists every invalid field by its dotted path, and the whole input as "(input)"', async () => {
    const router = createIpcRouter(handlers());
    const nested = await router.dispatch('1', 'profiles:create', {
      name: '',
      baseUrl: 'https://api.example.nl',
      auth: { mode: 'jwt', email: 'not-an-address', clientId: 'c' },
    });
    if (nested.ok) throw new Error('expected a VALIDATION error');
    expect(nested.error.details).toEqual({
      issues: [
        { path: 'name', message: 'Give the profile a name.' },
        { path: 'auth.email', message: 'Enter the e-mail address of the API user.' },
      ],
    });
    expect(nested.error.message).toBe(
      'Invalid input for "profiles:create": name: Give the profile a name.; ' +
        'auth.email: Enter the e-mail address of the API user.. Nothing was changed.',
    );
    const whole = await router.dispatch('2', 'settings:update', null);
    if (whole.ok) throw new Error('expected a VALIDATION error');
    expect(whole.error.details).toEqual({ issues: [expect.objectContaining({ path: '(input)' })] });
  });
});
