import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startBridgeHost, type BridgeHost } from '../../bridge/host.ts';

let host: BridgeHost;

beforeEach(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'noc-bridge-test-'));
  const rendererDir = path.join(folder, 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  host = await startBridgeHost({ userDataDir: path.join(folder, 'user-data'), rendererDir });
});

afterEach(async () => {
  await host.close();
});

function socketUrl(token: string): string {
  return `${host.origin.replace('http', 'ws')}/__bridge/socket?token=${encodeURIComponent(token)}`;
}

function connect(token: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl(token), { origin });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${String(response.statusCode)}`)),
    );
    socket.once('error', reject);
  });
}

function call(socket: WebSocket, id: number, channel: string, input: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; id: number; result: unknown };
      if (message.type === 'result' && message.id === id) resolve(message.result);
    });
    socket.send(JSON.stringify({ type: 'invoke', id, channel, input }));
  });
}

describe('the bridge host', () => {
  it('serves the renderer with a CSP that allows only its own loopback socket', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${new URL(host.url).port}`);
    expect(await response.text()).toContain('/__bridge/src/test/bridge/browser-client.ts?token=');
  });

  it('serves only the allow-listed browser modules from the repository', async () => {
    expect((await fetch(`${host.origin}/__bridge/src/src-preload/noc-api.ts`)).status).toBe(200);
    expect((await fetch(`${host.origin}/__bridge/src/src-main/index.ts`)).status).toBe(404);
    expect((await fetch(`${host.origin}/__bridge/src/package.json`)).status).toBe(404);
  });

  it('answers the contract over the socket for our own origin with the run token', async () => {
    const socket = await connect(host.token, host.origin);
    expect(await call(socket, 1, 'app:info', {})).toMatchObject({ ok: true, value: { runtime: { kind: 'bridge' } } });
    expect(await call(socket, 2, 'settings:update', { theme: 'neon' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    socket.close();
  });

  it('refuses a socket from a foreign origin, even with the right token', async () => {
    await expect(connect(host.token, 'https://evil.example')).rejects.toThrow('HTTP 403');
    await expect(connect(host.token, 'http://127.0.0.1:1')).rejects.toThrow('HTTP 403');
  });

  it('refuses a socket without the run token', async () => {
    await expect(connect('guess', host.origin)).rejects.toThrow('HTTP 403');
    await expect(connect('', host.origin)).rejects.toThrow('HTTP 403');
  });
});
