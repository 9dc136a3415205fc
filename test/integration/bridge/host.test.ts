import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startBridgeHost, type BridgeHost } from '../../bridge/host.ts';
import { BLOB_THRESHOLD } from '../../bridge/wire.ts';

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

function connect(origin: string, cookie?: string, query = ''): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/__bridge/socket${query}`, {
      origin,
      ...(cookie === undefined ? {} : { headers: { Cookie: cookie } }),
    });
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

/** Follows the one-time link like a browser: returns the cookie it sets. */
async function open(url: string): Promise<{ status: number; cookie: string | null; location: string | null }> {
  const response = await fetch(url, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    cookie: setCookie?.split(';')[0] ?? null,
    location: response.headers.get('location'),
  };
}

describe('the bridge host', () => {
  it('opens once through a one-time link that sets an HttpOnly, SameSite=Strict cookie and redirects', async () => {
    const response = await fetch(host.url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toContain(host.cookie);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect((await open(host.url)).status).toBe(403);
    expect((await open(`${host.origin}/__bridge/open?ticket=guess`)).status).toBe(403);
    expect((await open(host.openUrl())).cookie).toBe(host.cookie);
  });

  it('serves the page only with the cookie, with a CSP for its own socket and no token in it', async () => {
    expect((await fetch(`${host.origin}/`)).status).toBe(401);
    expect((await fetch(`${host.origin}/index.html`)).status).toBe(401);
    const response = await fetch(`${host.origin}/`, { headers: { Cookie: host.cookie } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${new URL(host.origin).port}`);
    const page = await response.text();
    expect(page).toContain('/__bridge/src/test/bridge/browser-client.ts');
    expect(page).not.toContain(host.token);
  });

  it('serves the static files and the allow-listed browser modules only with the cookie', async () => {
    const withCookie = { headers: { Cookie: host.cookie } };
    expect((await fetch(`${host.origin}/__bridge/src/src-preload/noc-api.ts`)).status).toBe(401);
    expect((await fetch(`${host.origin}/__bridge/src/src-preload/noc-api.ts`, withCookie)).status).toBe(200);
    expect((await fetch(`${host.origin}/__bridge/src/src-main/index.ts`, withCookie)).status).toBe(404);
    expect((await fetch(`${host.origin}/__bridge/src/package.json`, withCookie)).status).toBe(404);
    const wrong = { headers: { Cookie: `${host.cookie.split('=')[0]}=guess` } };
    expect((await fetch(`${host.origin}/__bridge/src/src-preload/noc-api.ts`, wrong)).status).toBe(401);
  });

  it('answers the contract over the socket for our own origin with the cookie', async () => {
    const socket = await connect(host.origin, host.cookie);
    expect(await call(socket, 1, 'app:info', {})).toMatchObject({ ok: true, value: { runtime: { kind: 'bridge' } } });
    expect(await call(socket, 2, 'settings:update', { theme: 'neon' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    socket.close();
  });

  it('leaves a large string out of its message: the page fetches it once by its id, with the cookie only', async () => {
    const socket = await connect(host.origin, host.cookie);
    const arrived = new Promise<{ payload: { message: unknown } }>((resolve) =>
      socket.on('message', (data) => resolve(JSON.parse(String(data)) as { payload: { message: unknown } })),
    );
    const text = 'ü'.repeat(BLOB_THRESHOLD);
    host.core.events.emit('cache:notice', { profileId: 'p1', message: text });
    const { payload } = await arrived;
    // not in the message, and no binary frame after it: a DevTools-driven page would copy the frame to its driver
    expect(payload.message).toEqual({ $bridgeBlob: expect.any(String) as unknown });
    const url = `${host.origin}/__bridge/blob/${(payload.message as { $bridgeBlob: string }).$bridgeBlob}`;
    expect((await fetch(url)).status).toBe(401);
    const served = await fetch(url, { headers: { Cookie: host.cookie } });
    expect(served.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await served.text()).toBe(text);
    expect((await fetch(url, { headers: { Cookie: host.cookie } })).status).toBe(404);
    socket.close();
  });

  it('keeps a shorter string (the first rows of an open) in its message', async () => {
    const socket = await connect(host.origin, host.cookie);
    const arrived = new Promise<{ payload: { message: unknown } }>((resolve) =>
      socket.on('message', (data) => resolve(JSON.parse(String(data)) as { payload: { message: unknown } })),
    );
    const text = 'ü'.repeat(BLOB_THRESHOLD - 1);
    host.core.events.emit('cache:notice', { profileId: 'p1', message: text });
    expect((await arrived).payload.message).toBe(text);
    socket.close();
  });

  it('refuses a socket from a foreign origin, even with the right cookie', async () => {
    await expect(connect('https://evil.example', host.cookie)).rejects.toThrow('HTTP 403');
    await expect(connect('http://127.0.0.1:1', host.cookie)).rejects.toThrow('HTTP 403');
  });

  it('refuses a socket without the cookie, even with the token in the URL', async () => {
    await expect(connect(host.origin)).rejects.toThrow('HTTP 403');
    await expect(connect(host.origin, `${host.cookie.split('=')[0]}=guess`)).rejects.toThrow('HTTP 403');
    await expect(connect(host.origin, undefined, `?token=${host.token}`)).rejects.toThrow('HTTP 403');
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const port = Number(new URL(host.origin).port);
      request(
        { host: '127.0.0.1', port, path: '/', headers: { Host: `rebound.example:${port}`, Cookie: host.cookie } },
        (r) => resolve(r.statusCode ?? 0),
      ).end();
    });
    expect(status).toBe(421);
  });
});
