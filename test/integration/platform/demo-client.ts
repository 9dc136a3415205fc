import { startDemoPlatform } from '../../../src-main/demo/index.ts';
import {
  createPlatformClient,
  type PlatformClient,
  type PlatformClientOptions,
} from '../../../src-main/platform/client.ts';
import { PlatformError } from '../../../src-main/platform/errors.ts';

export type Demo = Awaited<ReturnType<typeof startDemoPlatform>>;
export type DemoOptions = NonNullable<Parameters<typeof startDemoPlatform>[0]>;

const running: Demo[] = [];

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const demo = await startDemoPlatform(options);
  running.push(demo);
  return demo;
}

export async function closeDemos(): Promise<void> {
  await Promise.all(running.splice(0).map((demo) => demo.close()));
}

/** A JWT client on Node's fetch against the demo; tests override what they exercise. */
export function jwtClient(demo: Demo, extra: Partial<PlatformClientOptions> = {}): PlatformClient {
  return createPlatformClient({
    baseUrl: demo.url,
    auth: {
      mode: 'jwt',
      email: demo.credentials.email,
      clientId: demo.credentials.clientId,
      password: async () => demo.credentials.password,
    },
    fetch: (url, init) => fetch(url, init),
    backoff: { baseMs: 10, maxMs: 100 },
    ...extra,
  });
}

export function staticKeyClient(demo: Demo, extra: Partial<PlatformClientOptions> = {}): PlatformClient {
  return createPlatformClient({
    baseUrl: demo.url,
    auth: {
      mode: 'static-key',
      clientId: demo.credentials.clientId,
      authToken: async () => demo.credentials.authToken,
    },
    fetch: (url, init) => fetch(url, init),
    backoff: { baseMs: 10, maxMs: 100 },
    ...extra,
  });
}

export async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlatformError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a PlatformError');
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until just after a wall-clock second starts, so second-resolution JWT lifetimes are predictable. */
export async function alignToSecond(): Promise<void> {
  const into = Date.now() % 1000;
  if (into > 20) await sleep(1000 - into + 5);
}

export function idsOf(items: readonly Record<string, unknown>[]): string[] {
  return items.map((item) => String(item['@id']));
}
