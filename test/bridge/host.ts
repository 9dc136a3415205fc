import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { createAppCore, type AppCore } from '../../src-main/app/create-app-core.ts';
import { readStaticFile } from '../../src-main/app/static-files.ts';
import { DEFAULT_DEMO_CREDENTIALS, type DemoOptions } from '../../src-main/demo/index.ts';
import { createKeytarVault, deleteAllSecrets } from '../../src-main/electron/keychain.ts';
import { buildContentSecurityPolicy } from '../../src-main/security/csp.ts';
import { z } from 'zod';
import {
  BLOB_MARKER,
  BLOB_PATH,
  BLOB_THRESHOLD,
  BRIDGE_CLIENT_PATH,
  BRIDGE_CONTROL_PATH,
  BRIDGE_OPEN_PATH,
  BRIDGE_SOCKET_PATH,
  clientMessageSchema,
  type ServerMessage,
} from './protocol.ts';

const controlSchema = z.object({ demoAvailable: z.boolean().optional() }).strict();
import { createConfStore } from './conf-store.ts';
import { startDemoProcess } from './demo-process.ts';

/** Kept apart from the app's own keychain entries, so that trying the bridge never touches a real profile. */
export const BRIDGE_KEYCHAIN_SERVICE = 'nl.nocconsole.dev-bridge';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const packageVersion = (JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

/** Browser modules the host may serve from the repository (types stripped); nothing else leaves the repo this way. */
const SERVED_SOURCES = new Set([
  'test/bridge/browser-client.ts',
  'test/bridge/wire.ts',
  'src-preload/noc-api.ts',
  'src-preload/contract/errors.ts',
]);

export interface BridgeHostOptions {
  userDataDir: string;
  /** Keychain service for this host's secrets; a test-only name, emptied on close when `ephemeralKeychain` is set. */
  keychainService?: string;
  ephemeralKeychain?: boolean;
  /** Start the demo sandbox with the well-known demo credentials (tests that sign in to it with other profiles). */
  fixedDemoCredentials?: boolean;
  /** Start with the embedded demo platform unreachable (offline tests); POST /__bridge/control switches it. */
  demoOffline?: boolean;
  demoOptions?: DemoOptions;
  /** Run the demo platform in a process of its own (benchmarks), not inside the host. */
  demoInOwnProcess?: boolean;
  rendererDir?: string;
  port?: number;
}

export interface BridgeHost {
  /** Opens the console once: it trades a one-time ticket for the session cookie and redirects to the page. */
  readonly url: string;
  readonly origin: string;
  /** The run token: the session cookie's value, and the key of the control endpoint. */
  readonly token: string;
  /** The cookie that carries the token, as a `Cookie` header value (for tests that are not a browser). */
  readonly cookie: string;
  /** Another one-time URL, e.g. after a restart or for a second browser. */
  openUrl(): string;
  readonly core: AppCore;
  close(): Promise<void>;
}

function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/**
 * Serves the same handler set as the Electron app over a loopback WebSocket, plus the built renderer over HTTP,
 * so that the unchanged renderer bundle runs in a plain browser. Dev and test only: never part of the shipped app.
 */
export async function startBridgeHost(options: BridgeHostOptions): Promise<BridgeHost> {
  const rendererDir = options.rendererDir ?? path.join(repoRoot, 'out/renderer');
  const token = randomBytes(24).toString('base64url');
  // One-time tickets for the URL that opens the console: the page, its files and the socket then need the cookie,
  // so another local process that asks for the page gets nothing, and the token is never in a page or a URL bar.
  const tickets = new Set<string>();
  const newTicket = (): string => {
    const ticket = randomBytes(24).toString('base64url');
    tickets.add(ticket);
    return ticket;
  };
  let cookieName = '';
  const keychainService = options.keychainService ?? BRIDGE_KEYCHAIN_SERVICE;
  const core = createAppCore({
    appInfo: () => ({
      name: 'noc-console',
      version: packageVersion,
      runtime: { kind: 'bridge', node: process.versions.node },
      platform: process.platform,
    }),
    settingsStore: createConfStore(options.userDataDir),
    vault: createKeytarVault(keychainService),
    fetch: (url, init) => fetch(url, init),
    userDataDir: options.userDataDir,
    ...(options.fixedDemoCredentials ? { demoCredentials: () => DEFAULT_DEMO_CREDENTIALS } : {}),
    demoAvailable: !options.demoOffline,
    ...(options.demoOptions ? { demoOptions: options.demoOptions } : {}),
    ...(options.demoInOwnProcess ? { startDemo: startDemoProcess } : {}),
  });

  let origin = '';
  let csp = '';
  /** Large strings of sent messages until the page fetches them, by id; each with the connection it was sent on. */
  const blobs = new Map<string, { body: Buffer; connection: string }>();
  const server = createServer((request, response) => {
    void serveHttp(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end('Internal error');
    });
  });

  async function serveHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    // Only requests addressed to 127.0.0.1:<port> itself: a rebound DNS name cannot reach the page or the token.
    if (request.headers.host !== new URL(origin).host) {
      response.writeHead(421).end();
      return;
    }
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (url.pathname === BRIDGE_CONTROL_PATH) {
      await control(request, response, url, headers);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    if (url.pathname === BRIDGE_OPEN_PATH) {
      const ticket = url.searchParams.get('ticket') ?? '';
      if (!tickets.delete(ticket)) {
        response.writeHead(403, headers).end('This link was used already or is not valid. Start the bridge again.');
        return;
      }
      response.writeHead(303, {
        ...headers,
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      response.end();
      return;
    }
    if (!tokensMatch(token, cookieValue(request.headers.cookie, cookieName))) {
      response.writeHead(401, headers).end('Open the console with the link the bridge printed.');
      return;
    }
    if (url.pathname.startsWith(BLOB_PATH)) {
      const id = url.pathname.slice(BLOB_PATH.length);
      const blob = blobs.get(id);
      blobs.delete(id);
      if (!blob) {
        response.writeHead(404, headers).end();
        return;
      }
      response.writeHead(200, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(blob.body);
      return;
    }
    if (url.pathname.startsWith('/__bridge/src/')) {
      const relative = url.pathname.slice('/__bridge/src/'.length);
      if (!SERVED_SOURCES.has(relative)) {
        response.writeHead(404, headers).end();
        return;
      }
      const source = await readFile(path.join(repoRoot, relative), 'utf8');
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(stripTypeScriptTypes(source));
      return;
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    let body: Buffer | string = file.body;
    if (file.contentType.startsWith('text/html')) {
      const client = `<script type="module" src="${BRIDGE_CLIENT_PATH}"></script>`;
      body = file.body.toString('utf8').replace('<head>', `<head>\n    ${client}`);
    }
    response.writeHead(200, { ...headers, 'Content-Type': file.contentType });
    response.end(body);
  }

  /** Test-only switches, guarded by the run token: take the demo platform off the network and back. */
  async function control(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    headers: Record<string, string>,
  ): Promise<void> {
    const foreign = request.headers.origin !== undefined && request.headers.origin !== origin;
    if (request.method !== 'POST' || foreign || !tokensMatch(token, url.searchParams.get('token'))) {
      response.writeHead(403, headers).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const parsed = controlSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
    if (!parsed.success) {
      response.writeHead(400, headers).end();
      return;
    }
    if (parsed.data.demoAvailable !== undefined) await core.demo.setAvailable(parsed.data.demoAvailable);
    response.writeHead(204, headers).end();
  }

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 16 * 1024 * 1024,
  });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', origin);
    const allowed =
      request.headers.host === new URL(origin).host &&
      url.pathname === BRIDGE_SOCKET_PATH &&
      request.headers.origin === origin &&
      tokensMatch(token, cookieValue(request.headers.cookie, cookieName));
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws));
  });

  let nextConnection = 0;
  sockets.on('connection', (ws: WebSocket) => {
    nextConnection += 1;
    const prefix = `ws${nextConnection}:`;
    const send = (message: ServerMessage): void => {
      if (ws.readyState !== ws.OPEN) return;
      // Large strings (a grid's rows as JSON) are fetched by the page over HTTP (see wire.ts for why), so they are
      // neither escaped into nor parsed out of the JSON message.
      const text = JSON.stringify(message, (_key, value: unknown) => {
        if (typeof value !== 'string' || value.length < BLOB_THRESHOLD) return value;
        const id = randomUUID();
        blobs.set(id, { body: Buffer.from(value, 'utf8'), connection: prefix });
        return { [BLOB_MARKER]: id };
      });
      ws.send(text);
    };
    const unsubscribe = core.events.subscribe((event, payload) => send({ type: 'event', event, payload }));
    ws.on('message', (data) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        return;
      }
      const message = clientMessageSchema.safeParse(parsed);
      if (!message.success) return;
      if (message.data.type === 'cancel') {
        core.router.cancel(`${prefix}${message.data.id}`);
        return;
      }
      const { id, channel, input } = message.data;
      void core.router
        .dispatch(`${prefix}${id}`, channel, input)
        .then((result) => send({ type: 'result', id, result }));
    });
    ws.on('close', () => {
      unsubscribe();
      for (const [id, blob] of blobs) if (blob.connection === prefix) blobs.delete(id);
      core.router.cancelAll(prefix);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  // cookies are kept per host, not per port: each bridge's cookie has a name of its own
  cookieName = `noc-bridge-${port}`;
  csp = buildContentSecurityPolicy({ connectSources: [`ws://127.0.0.1:${port}`] });

  await core.start();

  const openUrl = (): string => `${origin}${BRIDGE_OPEN_PATH}?ticket=${newTicket()}`;
  return {
    url: openUrl(),
    origin,
    token,
    cookie: `${cookieName}=${token}`,
    openUrl,
    core,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep connections alive; close() alone would wait for them to time out.
      server.closeAllConnections();
      await closed;
      await core.dispose();
      if (options.ephemeralKeychain) await deleteAllSecrets(keychainService);
    },
  };
}
