import { describe, expect, it } from 'vitest';

import { isLoopbackHost } from '../../../src-main/platform/base-url.ts';

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
