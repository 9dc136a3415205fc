import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { installNocApi as installNocApiType, RawTransport } from '../../../src-preload/noc-api.ts';

const executeInMainWorld = vi.fn();
const exposeInMainWorld = vi.fn();
const invoke = vi.fn(() => Promise.resolve({ ok: true, value: 1 }));
const send = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { executeInMainWorld, exposeInMainWorld },
  ipcRenderer: { invoke, send, on: vi.fn(), removeListener: vi.fn() },
}));

let loadCalls: { execute: unknown[][]; expose: number } = { execute: [], expose: 0 };
let installNocApi: typeof installNocApiType;
beforeAll(async () => {
  await import('../../../src-preload/index.ts');
  // Vitest clears mock calls before each test: keep what the preload did when it loaded.
  loadCalls = { execute: [...executeInMainWorld.mock.calls], expose: exposeInMainWorld.mock.calls.length };
  ({ installNocApi } = await import('../../../src-preload/noc-api.ts'));
});

type Raw = RawTransport;

describe('the preload', () => {
  it('installs exactly one object, window.noc, and nothing else', () => {
    expect(loadCalls.expose).toBe(0);
    expect(loadCalls.execute).toHaveLength(1);
    const script = loadCalls.execute[0]![0] as { func: typeof installNocApi; args: [Raw] };
    expect(script.func).toBe(installNocApi);
    const world: Record<string, unknown> = {};
    script.func(script.args[0], world);
    expect(Object.keys(world)).toEqual(['noc']);
  });

  it('sends contract channels to main and refuses anything else without sending it', async () => {
    const raw = (loadCalls.execute[0]![0] as { args: [Raw] }).args[0];
    await raw.invoke(4, 'app:info', {});
    expect(invoke).toHaveBeenCalledWith('app:info', 4, {});
    invoke.mockClear();
    expect(await raw.invoke(5, 'shell:exec', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(invoke).not.toHaveBeenCalled();
    expect(() => raw.on('secret:leak', () => undefined)).toThrow();
    raw.cancel(4);
    expect(send).toHaveBeenCalledWith('noc:cancel', 4);
  });
});
