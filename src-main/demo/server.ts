import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoRequest, DemoResponse } from './http/types.ts';

export type ExchangeHandler = (
  req: DemoRequest,
) => Promise<{ response: DemoResponse; extraHeaders: Record<string, string> }>;

const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: DemoResponse, extraHeaders: Record<string, string>): void {
  const headers: Record<string, string> = { ...extraHeaders, ...(response.headers ?? {}) };
  let payload: string | undefined;
  if (response.body !== undefined && response.status !== 204) {
    payload = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    headers['Content-Type'] = response.contentType ?? 'application/ld+json; charset=utf-8';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

/** Plain node:http listener on a random loopback port; all behaviour lives in the handler. */
export async function listen(host: string, handler: ExchangeHandler): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const now = Date.now();
        const body = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://demo.invalid');
        const request: DemoRequest = {
          method: (req.method ?? 'GET').toUpperCase(),
          path: url.pathname,
          query: url.searchParams,
          rawQuery: url.search.replace(/^\?/, ''),
          headers: req.headers,
          body,
          now,
        };
        const { response, extraHeaders } = await handler(request);
        send(res, response, extraHeaders);
      } catch (error) {
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/problem+json; charset=utf-8' });
          res.end(
            JSON.stringify({
              type: 'https://tools.ietf.org/html/rfc2616#section-10',
              title: 'An error occurred',
              detail: 'Internal Server Error',
              status: 500,
            }),
          );
        } else {
          res.destroy(error instanceof Error ? error : undefined);
        }
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const printable = host.includes(':') ? `[${host}]` : host;
  return { server, url: `http://${printable}:${port}` };
}
