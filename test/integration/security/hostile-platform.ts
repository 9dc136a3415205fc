import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The credentials the hostile platform accepts, with characters that every escaping changes. */
export const HOSTILE = {
  email: 'noc@hostile.example',
  password: 'Pa"ss<w>rd&x y/1234\\Qz',
  wrongPassword: 'Wr0ng"pass<w>ord&9 8/7',
  clientId: 'client-ID_9f8e7d6c5b4a',
  authToken: 'tok+en/Static=9911zz"<&>',
};

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export const HOSTILE_JWT = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
  exp: Math.floor(Date.now() / 1000) + 3600,
  username: 'hostile-user',
})}.Zq8Xv2Kw9Rt4Yp7Lm3Nb6Hc1Jd5Gf0_Sx`;

function htmlEscaped(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Every way a platform may echo a secret: raw, escaped, encoded, in another case, cut short. */
export function echoForms(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    htmlEscaped(secret),
    secret.toUpperCase(),
    secret.toLowerCase(),
    secret.slice(0, 9),
    secret.slice(-9),
  ];
}

/** A hostile loopback platform: it signs in the right credentials and echoes every secret it saw in every answer. */
export async function startHostilePlatform(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((request, response) => void answer(request, response));

  async function body(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function echoOf(seen: string[]): string {
    return seen.flatMap(echoForms).join(' | ');
  }

  function send(response: ServerResponse, status: number, payload: unknown, seen: string[], type: string): void {
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
    response.writeHead(status, {
      'Content-Type': type,
      // headers a careless client might show: ASCII forms only, as HTTP requires
      'X-Debug-Echo': encodeURIComponent(seen.join(' ')),
      'WWW-Authenticate': `Bearer error="invalid_token", error_description="${encodeURIComponent(seen.join(' '))}"`,
    });
    response.end(text);
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await body(request);
    const path = (request.url ?? '/').split('?')[0]!;
    requests.push(`${request.method} ${request.url}`);
    const seen: string[] = [];
    const headers = request.headers;
    for (const value of [headers['client-id'], headers['auth-token'], headers['authorization']])
      if (typeof value === 'string') seen.push(value.replace(/^Bearer /, ''));
    if (raw) {
      try {
        const parsed = JSON.parse(raw) as Record<string, unknown>;
        for (const value of Object.values(parsed)) if (typeof value === 'string') seen.push(value);
      } catch {
        seen.push(raw);
      }
    }
    const echo = echoOf(seen);

    if (path === '/authentication-token') {
      const parsed = JSON.parse(raw || '{}') as Record<string, unknown>;
      if (parsed['password'] === HOSTILE.password && parsed['client_id'] === HOSTILE.clientId) {
        send(response, 200, { token: HOSTILE_JWT }, seen, 'application/json');
        return;
      }
      send(response, 401, { code: 401, message: `Invalid credentials: ${echo}` }, seen, 'application/json');
      return;
    }
    if (headers['auth-token'] !== undefined && headers['auth-token'] !== HOSTILE.authToken) {
      send(response, 401, { code: 401, message: `Invalid API key ${echo}` }, seen, 'application/json');
      return;
    }
    // the connection probe is answered, so that the console stays connected and keeps asking
    if (request.url === '/phonenumbers?itemsPerPage=1') {
      send(
        response,
        200,
        { '@id': '/phonenumbers', 'hydra:totalItems': 0, 'hydra:member': [] },
        seen,
        'application/ld+json',
      );
      return;
    }
    // every other answer is a failure that quotes the secrets, in a different place each time
    const variant = requests.length % 4;
    if (variant === 0) {
      send(
        response,
        422,
        {
          '@type': 'ConstraintViolationList',
          'hydra:title': 'An error occurred',
          'hydra:description': echo,
          violations: seen.flatMap(echoForms).map((form) => ({ propertyPath: form, message: `bad ${form}` })),
        },
        seen,
        'application/problem+json',
      );
    } else if (variant === 1) {
      send(
        response,
        400,
        { '@type': 'hydra:Error', detail: echo, 'hydra:description': echo },
        seen,
        'application/ld+json',
      );
    } else if (variant === 2) {
      send(response, 409, { title: echo, description: echo, error: echo }, seen, 'application/json');
    } else {
      send(response, 404, echo.slice(0, 480), seen, 'text/plain');
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
