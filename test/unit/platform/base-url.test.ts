import { describe, expect, it } from 'vitest';

import { isLoopbackHost, validateBaseUrl } from '../../../src-main/platform/base-url.ts';

describe('isLoopbackHost on IPv4-mapped IPv6 addresses', () => {
  it('accepts a mapped 127.x address in dotted form with multi-digit octets', () => {
    expect(isLoopbackHost('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::ffff:127.10.200.254]')).toBe(true);
  });

  it('accepts a mapped 127.x address in hex form with full-width groups', () => {
    expect(isLoopbackHost('::ffff:7f00:1')).toBe(true);
    expect(isLoopbackHost('[::ffff:7fab:ffff]')).toBe(true);
  });

  it('refuses mapped-looking hosts with text before or after the address', () => {
    expect(isLoopbackHost('1::ffff:127.0.0.1')).toBe(false);
    expect(isLoopbackHost('::ffff:127.0.0.1x')).toBe(false);
    expect(isLoopbackHost('1::ffff:7f00:1')).toBe(false);
    expect(isLoopbackHost('::ffff:7f00:1:1')).toBe(false);
  });

  it('refuses mapped addresses outside 127.0.0.0/8 and non-digit octets', () => {
    expect(isLoopbackHost('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopbackHost('::ffff:127.a.0.1')).toBe(false);
    expect(isLoopbackHost('::ffff:0a00:1')).toBe(false);
    expect(isLoopbackHost('::ffff:7fzz:1')).toBe(false);
  });
});

describe('isLoopbackHost on plain addresses', () => {
  it('accepts the long form of ::1 and any 127.0.0.0/8 address with multi-digit octets', () => {
    expect(isLoopbackHost('0:0:0:0:0:0:0:1')).toBe(true);
    expect(isLoopbackHost('127.10.200.255')).toBe(true);
  });

  it('refuses 127-looking hosts with extra text or an octet above 255', () => {
    expect(isLoopbackHost('1127.0.0.1')).toBe(false);
    expect(isLoopbackHost('127.0.0.1.example')).toBe(false);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
  });
});

describe('validateBaseUrl', () => {
  it('refuses a URL carrying only a user name', () => {
    expect(validateBaseUrl('https://user@noc.example').ok).toBe(false);
  });

  it('strips every trailing slash from the path', () => {
    expect(validateBaseUrl('https://noc.example/api//')).toEqual({ ok: true, url: 'https://noc.example/api' });
  });

  it('calls a URL of only spaces empty, not malformed, and takes a pasted URL with spaces around it', () => {
    expect(validateBaseUrl('   ')).toMatchObject({ ok: false, text: { code: 'errors.baseUrl.empty' } });
    expect(validateBaseUrl(' https://noc.example/api ')).toEqual({ ok: true, url: 'https://noc.example/api' });
  });
});
