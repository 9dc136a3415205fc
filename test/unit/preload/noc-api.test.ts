import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../src-preload/contract/errors.ts';
import { installNocApi, type RawTransport } from '../../../src-preload/noc-api.ts';
import type { NocApi } from '../../../src-preload/contract/api.ts';

interface FakeTransport extends RawTransport {
  cancelled: number[];
  answer(callId: number, result: IpcResult<unknown>): void;
}

function fakeTransport(): FakeTransport {
  const waiting = new Map<number, (result: IpcResult<unknown>) => void>();
  const cancelled: number[] = [];
  return {
    cancelled,
    invoke: (callId) => new Promise((resolve) => waiting.set(callId, resolve)),
    cancel: (callId) => {
      cancelled.push(callId);
    },
    on: () => () => undefined,
    answer: (callId, result) => waiting.get(callId)?.(result),
  };
}

let target: { noc?: NocApi } = {};

function install(raw: RawTransport): NocApi {
  target = {};
  installNocApi(raw, target);
  return target.noc!;
}

describe('window.noc', () => {
  it('resolves with the value main returned', async () => {
    const raw = fakeTransport();
    const noc = install(raw);
    const call = noc.invoke('settings:get', {});
    raw.answer(1, { ok: true, value: { theme: 'dark' } });
    await expect(call).resolves.toEqual({ theme: 'dark' });
  });

  it('rejects with an Error carrying code, message and details', async () => {
    const raw = fakeTransport();
    const noc = install(raw);
    const call = noc.invoke('settings:get', {});
    raw.answer(1, { ok: false, error: { code: 'VALIDATION', message: 'bad', details: { issues: [] } } });
    await expect(call).rejects.toMatchObject({
      name: 'NocError',
      code: 'VALIDATION',
      message: 'bad',
      details: { issues: [] },
    });
  });

  it('cancels one call through its AbortSignal and tells main', async () => {
    const raw = fakeTransport();
    const noc = install(raw);
    const controller = new AbortController();
    const first = noc.invoke('settings:get', {}, { signal: controller.signal });
    const second = noc.invoke('settings:get', {});
    controller.abort();
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(raw.cancelled).toEqual([1]);
    raw.answer(2, { ok: true, value: { theme: 'light' } });
    await expect(second).resolves.toEqual({ theme: 'light' });
  });

  it('does not send a call whose signal is already aborted', async () => {
    const raw = fakeTransport();
    const noc = install(raw);
    await expect(noc.invoke('app:info', {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('is frozen and cannot be replaced', () => {
    const noc = install(fakeTransport());
    expect(Object.isFrozen(noc)).toBe(true);
    expect(() => {
      'use strict';
      Object.assign(target, { noc: {} });
    }).toThrow();
  });
});
