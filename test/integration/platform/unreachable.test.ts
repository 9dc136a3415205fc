import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformClient } from '../../../src-main/platform/client.ts';
import { PlatformError } from '../../../src-main/platform/errors.ts';
import { classifyFailure, isUnreachable, problemOf } from '../../../src-main/platform/unreachable.ts';
import { closeDemos, jwtClient, startDemo } from './demo-client.ts';

/** Reads one page of `baseUrl` with a static key and returns what failed (the pipeline's own error). */
async function failureAt(baseUrl: string): Promise<unknown> {
  const client = createPlatformClient({
    baseUrl,
    auth: { mode: 'static-key', clientId: 'client', authToken: async () => 'token' },
    fetch: (url, init) => fetch(url, init),
    maxAttempts: 1,
    timeoutMs: 5_000,
  });
  try {
    await client.request({ path: '/phonenumbers', query: { itemsPerPage: 1 } });
  } catch (failure) {
    return failure;
  }
  throw new Error(`${baseUrl} answered`);
}

/** A loopback port nobody listens on: bound once to learn a free number, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let tlsServer: Server;
let tlsPort: number;

/** A throwaway self-signed key and certificate for localhost, made by openssl for this run (no key in the repo). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'noc-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  tlsServer = createHttpsServer(selfSigned(), (_request, response) => response.end('{}'));
  await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
  tlsPort = (tlsServer.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => tlsServer.close(() => resolve()));
  await closeDemos();
});

describe('telling failures apart, over real sockets', () => {
  it('a closed port is a refused connection', async () => {
    const failure = await failureAt(`http://127.0.0.1:${await closedPort()}`);
    expect(classifyFailure(failure)).toEqual({ code: 'refused', answered: false, unreachable: true, outOfReach: true });
    expect(problemOf(failure, '127.0.0.1:1')).toEqual({ code: 'refused', params: { host: '127.0.0.1:1' } });
  });

  it('a host name that does not resolve is a DNS failure, and "offline" when the computer has no network', async () => {
    const failure = await failureAt('https://no-such-host.invalid');
    expect(classifyFailure(failure).code).toBe('dns');
    expect(isUnreachable(failure)).toBe(true);
    expect(classifyFailure(failure, false).code).toBe('offline');
  });

  it('a self-signed certificate is a TLS failure, not "unreachable" in words', async () => {
    const failure = await failureAt(`https://127.0.0.1:${tlsPort}`);
    expect(failure).toBeInstanceOf(PlatformError);
    expect(classifyFailure(failure).code).toBe('tls');
  });

  it('a refused sign-in is the platform answering: credentials, never unreachable', async () => {
    const demo = await startDemo();
    const client = jwtClient(demo, {
      auth: {
        mode: 'jwt',
        email: demo.credentials.email,
        clientId: demo.credentials.clientId,
        password: async () => 'not-the-password',
      },
    });
    const failure = await client.session.signIn().catch((error: unknown) => error);
    expect(classifyFailure(failure)).toMatchObject({ code: 'credentials', unreachable: false });
  });

  it('a page the platform does not have is an answer (the schema trusts it), not a way to go offline', async () => {
    const demo = await startDemo();
    const failure = await jwtClient(demo)
      .request({ path: '/no-such-collection' })
      .catch((error: unknown) => error);
    expect(classifyFailure(failure)).toEqual({ code: 'other', answered: true, unreachable: false, outOfReach: false });
  });

  it('anything that is not a platform failure is "other", and unreachable only when the pipeline says so', () => {
    expect(classifyFailure(new Error('boom'))).toEqual({
      code: 'other',
      answered: false,
      unreachable: false,
      outOfReach: false,
    });
    const server = new PlatformError({ kind: 'http', status: 503, method: 'GET', path: '/x' });
    expect(classifyFailure(server)).toMatchObject({ code: 'server', unreachable: true, outOfReach: false });
    expect(problemOf(server, 'api.example.nl')).toEqual({
      code: 'server',
      params: { host: 'api.example.nl', status: 503 },
    });
    const gaveUp = new PlatformError({ kind: 'unavailable', status: 502, method: 'GET', path: '/x' });
    expect(classifyFailure(gaveUp)).toMatchObject({ code: 'server', unreachable: true, outOfReach: true });
  });
});
