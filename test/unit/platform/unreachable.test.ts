import { describe, expect, it } from 'vitest';
import { errorCode } from '../../../src-main/platform/pipeline/transport.ts';
import { noAnswerOf } from '../../../src-main/platform/unreachable.ts';

/** Electron's net.fetch fails with Chromium's net::ERR_… texts; Node's fetch with errno codes under `cause`. */
const chromium = (name: string): Error => new Error(`net::${name}`);
const node = (code: string): Error =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

describe('why no answer came back', () => {
  it.each([
    [chromium('ERR_NAME_NOT_RESOLVED'), 'dns'],
    [node('ENOTFOUND'), 'dns'],
    [node('EAI_AGAIN'), 'dns'],
    [chromium('ERR_CONNECTION_REFUSED'), 'refused'],
    [node('ECONNREFUSED'), 'refused'],
    [chromium('ERR_CERT_AUTHORITY_INVALID'), 'tls'],
    [chromium('ERR_CERT_DATE_INVALID'), 'tls'],
    [chromium('ERR_SSL_PROTOCOL_ERROR'), 'tls'],
    [node('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls'],
    [node('CERT_HAS_EXPIRED'), 'tls'],
    [node('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls'],
    [chromium('ERR_INTERNET_DISCONNECTED'), 'offline'],
    [node('ENETUNREACH'), 'offline'],
    [chromium('ERR_CONNECTION_TIMED_OUT'), 'timeout'],
    [chromium('ERR_ADDRESS_UNREACHABLE'), 'host-unreachable'],
    [node('EHOSTUNREACH'), 'host-unreachable'],
    [chromium('ERR_CONNECTION_RESET'), 'host-unreachable'],
  ] as const)('%s → %s', (error, expected) => {
    expect(noAnswerOf(errorCode(error))).toBe(expected);
  });

  it('says "offline" for any of them when the computer has no network', () => {
    expect(noAnswerOf('ENOTFOUND', false)).toBe('offline');
    expect(noAnswerOf('ECONNREFUSED', false)).toBe('offline');
  });
});
