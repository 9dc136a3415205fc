/**
 * Server failures in front of a platform (the demo does not produce them yet), for tests and the bench: 500 with
 * a Hydra error body on writes (sign-in excepted), 502/503 with a proxy's HTML page on any request. The request
 * does not reach the platform, so nothing is applied. Seeded (mulberry32), so a run can be repeated.
 */
export interface FaultMix {
  serverError: number;
  badGateway: number;
  unavailable: number;
  seed: number;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export function withFaultMix(inner: Fetch, mix: FaultMix): { fetch: Fetch; injected: Map<number, number> } {
  const injected = new Map<number, number>();
  let state = mix.seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const count = (status: number): void => void injected.set(status, (injected.get(status) ?? 0) + 1);
  const html = (status: number, title: string): Response => {
    count(status);
    return new Response(
      `<html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center><hr><center>nginx</center></body></html>`,
      { status, headers: { 'Content-Type': 'text/html' } },
    );
  };
  const fetch: Fetch = async (url, init) => {
    const method = init.method ?? 'GET';
    if (method !== 'GET' && !url.endsWith('/authentication-token') && random() < mix.serverError) {
      count(500);
      return new Response(
        JSON.stringify({
          '@context': '/contexts/Error',
          '@type': 'hydra:Error',
          'hydra:title': 'An error occurred',
          'hydra:description': 'Internal Server Error',
        }),
        { status: 500, headers: { 'Content-Type': 'application/ld+json' } },
      );
    }
    const roll = random();
    if (roll < mix.badGateway) return html(502, 'Bad Gateway');
    if (roll < mix.badGateway + mix.unavailable) return html(503, 'Service Temporarily Unavailable');
    return inner(url, init);
  };
  return { fetch, injected };
}

/** The issue's mix: 10 % of writes fail (half 500, half 502/503), 5 % of reads (502/503). */
export const ISSUE_FAULT_MIX: FaultMix = { serverError: 0.05, badGateway: 0.025, unavailable: 0.025, seed: 20_261_127 };
