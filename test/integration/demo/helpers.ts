import { startDemoPlatform } from '../../../src-main/demo/index.ts';
import type { DemoOptions, DemoPlatform } from '../../../src-main/demo/index.ts';

export interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  text: string;
}

/** A tiny client for the tests: real fetch over loopback, static-key or bearer auth. */
export class DemoClient {
  readonly demo: DemoPlatform;
  token: string | null = null;

  constructor(demo: DemoPlatform) {
    this.demo = demo;
  }

  static async start(options?: DemoOptions): Promise<DemoClient> {
    return new DemoClient(await startDemoPlatform(options));
  }

  async login(): Promise<string> {
    const { email, password, clientId } = this.demo.credentials;
    const r = await this.raw('POST', '/authentication-token', {
      auth: 'none',
      json: { email, password, client_id: clientId },
    });
    if (r.status !== 200 || typeof r.body['token'] !== 'string') throw new Error(`login failed: ${r.status} ${r.text}`);
    this.token = r.body['token'];
    return this.token;
  }

  async raw(
    method: string,
    path: string,
    opts: {
      auth?: 'jwt' | 'static-key' | 'none';
      json?: unknown;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/ld+json', ...opts.headers };
    const auth = opts.auth ?? (this.token ? 'jwt' : 'static-key');
    if (auth === 'jwt' && this.token) headers['Authorization'] = `Bearer ${this.token}`;
    if (auth === 'static-key') {
      headers['CLIENT-ID'] = this.demo.credentials.clientId;
      headers['AUTH-TOKEN'] = this.demo.credentials.authToken;
    }
    let body: string | undefined;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['Content-Type'] =
        opts.contentType ?? (method === 'PATCH' ? 'application/merge-patch+json' : 'application/json');
    }
    const res = await fetch(this.demo.url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      const value: unknown = text ? JSON.parse(text) : {};
      if (typeof value === 'object' && value !== null) parsed = value as Record<string, unknown>;
    } catch {
      // Non-JSON bodies (the 502 page) stay in `text`.
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get(path: string, opts?: Parameters<DemoClient['raw']>[2]): Promise<Reply> {
    return this.raw('GET', path, opts);
  }

  close(): Promise<void> {
    return this.demo.close();
  }
}

export function members(reply: Reply): Record<string, unknown>[] {
  const m = reply.body['hydra:member'];
  if (!Array.isArray(m)) throw new Error(`no hydra:member in ${reply.text.slice(0, 200)}`);
  return m as Record<string, unknown>[];
}

export function view(reply: Reply): Record<string, string> {
  return reply.body['hydra:view'] as Record<string, string>;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
