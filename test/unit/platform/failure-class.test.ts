import { describe, expect, it } from 'vitest';
import { PlatformError, type PlatformErrorInit } from '../../../src-main/platform/errors.ts';
import {
  classifyFailure,
  isUnreachable,
  problemOf,
  unreachableReason,
} from '../../../src-main/platform/unreachable.ts';

const failure = (init: Omit<PlatformErrorInit, 'method' | 'path'>): PlatformError =>
  new PlatformError({ ...init, method: 'GET', path: '/phonenumbers' });

const network = (code: string): PlatformError => failure({ kind: 'network', cause: code });

describe('what a failure means for the connection', () => {
  it.each<[string, PlatformError, boolean, ReturnType<typeof classifyFailure>]>([
    [
      'no route',
      network('ENETUNREACH'),
      true,
      { code: 'offline', answered: false, unreachable: true, outOfReach: true },
    ],
    ['a wrong name', network('ENOTFOUND'), true, { code: 'dns', answered: false, unreachable: true, outOfReach: true }],
    [
      'a name offline',
      network('ENOTFOUND'),
      false,
      { code: 'offline', answered: false, unreachable: true, outOfReach: true },
    ],
    [
      'no answer in time',
      failure({ kind: 'timeout' }),
      true,
      { code: 'timeout', answered: false, unreachable: true, outOfReach: true },
    ],
    [
      'no answer in time, offline',
      failure({ kind: 'timeout' }),
      false,
      { code: 'offline', answered: false, unreachable: true, outOfReach: true },
    ],
    [
      'only server errors',
      failure({ kind: 'unavailable', status: 503 }),
      true,
      { code: 'server', answered: false, unreachable: true, outOfReach: true },
    ],
    [
      'a refused sign-in',
      failure({ kind: 'signed-out', status: 401 }),
      true,
      { code: 'credentials', answered: false, unreachable: false, outOfReach: false },
    ],
    [
      'one server error',
      failure({ kind: 'http', status: 500 }),
      true,
      { code: 'server', answered: true, unreachable: true, outOfReach: false },
    ],
    [
      'a 401',
      failure({ kind: 'http', status: 401 }),
      true,
      { code: 'credentials', answered: true, unreachable: false, outOfReach: false },
    ],
    [
      'a 400',
      failure({ kind: 'http', status: 400 }),
      true,
      { code: 'credentials', answered: true, unreachable: false, outOfReach: false },
    ],
    [
      'a 403',
      failure({ kind: 'http', status: 403 }),
      true,
      { code: 'denied', answered: true, unreachable: false, outOfReach: false },
    ],
    [
      'a 499',
      failure({ kind: 'http', status: 499 }),
      true,
      { code: 'other', answered: true, unreachable: false, outOfReach: false },
    ],
    [
      'a 404',
      failure({ kind: 'http', status: 404 }),
      true,
      { code: 'other', answered: true, unreachable: false, outOfReach: false },
    ],
    [
      'a 404 of the sign-in: an address without a sign-in',
      failure({ kind: 'http', status: 404, signIn: true }),
      true,
      { code: 'address', answered: true, unreachable: false, outOfReach: false },
    ],
    [
      'a 422 of the sign-in',
      failure({ kind: 'http', status: 422, signIn: true }),
      true,
      { code: 'other', answered: true, unreachable: false, outOfReach: false },
    ],
    [
      'a cancellation',
      failure({ kind: 'cancelled' }),
      true,
      { code: 'other', answered: false, unreachable: false, outOfReach: false },
    ],
    [
      'a rate limit',
      failure({ kind: 'rate-limited' }),
      true,
      { code: 'other', answered: false, unreachable: false, outOfReach: false },
    ],
    [
      'not a platform failure',
      new Error('disk full') as PlatformError,
      true,
      { code: 'other', answered: false, unreachable: false, outOfReach: false },
    ],
  ])('%s', (_name, error, online, expected) => {
    expect(classifyFailure(error, online)).toEqual(expected);
    expect(isUnreachable(error)).toBe(classifyFailure(error).unreachable);
  });
});

describe('the problem the renderer words', () => {
  it('names the host, and the status of a server error', () => {
    expect(problemOf(failure({ kind: 'http', status: 502 }), 'api.example.nl')).toEqual({
      code: 'server',
      params: { host: 'api.example.nl', status: 502 },
    });
    expect(problemOf(failure({ kind: 'unavailable' }), null)).toEqual({ code: 'server', params: {} });
    expect(problemOf(failure({ kind: 'http', status: 403 }), 'api.example.nl')).toEqual({
      code: 'denied',
      params: { host: 'api.example.nl' },
    });
    expect(problemOf(network('ENOTFOUND'), 'api.example.nl', false)).toEqual({
      code: 'offline',
      params: { host: 'api.example.nl' },
    });
  });
});

describe('why, in English, for the log', () => {
  const host = 'api.example.nl';
  it.each<[PlatformError, string, string]>([
    [network('ENETDOWN'), 'This computer has no network connection.', 'This computer has no network connection.'],
    [
      network('ENOTFOUND'),
      'The host name api.example.nl could not be found: check the base URL for a typo, or the VPN.',
      'The host name of the platform could not be found: check the base URL for a typo, or the VPN.',
    ],
    [
      network('ECONNREFUSED'),
      'api.example.nl refused the connection: check the base URL and port, or whether the platform runs.',
      'The platform refused the connection: check the base URL and port, or whether the platform runs.',
    ],
    [
      network('CERT_HAS_EXPIRED'),
      'The secure connection to api.example.nl failed: its certificate is not trusted (expired, self-signed or for another name).',
      'The secure connection to the platform failed: its certificate is not trusted (expired, self-signed or for another name).',
    ],
    [
      network('EHOSTUNREACH'),
      'The platform at api.example.nl is unreachable: check the network connection, VPN or proxy.',
      'The platform is unreachable: check the network connection, VPN or proxy.',
    ],
    [
      failure({ kind: 'timeout' }),
      'The platform at api.example.nl is unreachable: it does not answer in time.',
      'The platform is unreachable: it does not answer in time.',
    ],
    [
      failure({ kind: 'unavailable', status: 503 }),
      'The platform at api.example.nl is unreachable: it keeps answering with server errors.',
      'The platform is unreachable: it keeps answering with server errors.',
    ],
    [
      failure({ kind: 'http', status: 404 }),
      'The platform at api.example.nl is unreachable: check the network connection, VPN or proxy.',
      'The platform is unreachable: check the network connection, VPN or proxy.',
    ],
  ])('%s', (error, withHost, withoutHost) => {
    expect(unreachableReason(error, host)).toBe(withHost);
    expect(unreachableReason(error)).toBe(withoutHost);
  });

  it('says "no network" for a timeout when the computer is offline', () => {
    expect(unreachableReason(failure({ kind: 'timeout' }), host, false)).toBe(
      'This computer has no network connection.',
    );
  });
});
