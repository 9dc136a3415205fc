import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../src-main/security/csp.ts';
import { checkExternalUrl } from '../../../src-main/security/external-url.ts';
import { isTrustedSender, originOf } from '../../../src-main/security/sender-policy.ts';

const LOCKED = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

describe('the content security policy, directive by directive', () => {
  it('the packaged app: own files only, data: images and fonts, nothing else', () => {
    expect(buildContentSecurityPolicy().split('; ')).toEqual(LOCKED);
    expect(buildContentSecurityPolicy({}).split('; ')).toEqual(LOCKED);
  });

  it('the bridge: one extra socket to connect to, nothing else changes', () => {
    const csp = buildContentSecurityPolicy({ connectSources: ['ws://127.0.0.1:4000', 'http://127.0.0.1:4001'] });
    expect(csp.split('; ')).toEqual(
      LOCKED.map((d) =>
        d === "connect-src 'self'" ? "connect-src 'self' ws://127.0.0.1:4000 http://127.0.0.1:4001" : d,
      ),
    );
  });

  it('npm run dev: the dev server may serve scripts (with its inline preamble) and its HMR socket', () => {
    const csp = buildContentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' });
    expect(csp.split('; ')).toEqual(
      LOCKED.map((d) => {
        if (d === "script-src 'self'") return "script-src 'self' http://localhost:5173 'unsafe-inline'";
        if (d === "connect-src 'self'") return "connect-src 'self' http://localhost:5173 ws://localhost:5173";
        return d;
      }),
    );
  });
});

describe('external links, exactly', () => {
  it('hands the OS the normalised URL', () => {
    expect(checkExternalUrl('HTTPS://Example.NL/docs?q=1', ['example.nl'])).toEqual({
      allowed: true,
      url: 'https://example.nl/docs?q=1',
    });
  });

  it.each([
    ['not a url', 'The link is not a valid web address.'],
    ['file:///etc/passwd', 'Only https links (plain http only on this computer) are opened.'],
    ['http://example.nl/', 'Only https links (plain http only on this computer) are opened.'],
    ['https://user@example.nl', 'Links that carry a user name or password are not opened.'],
    ['https://:secret@example.nl', 'Links that carry a user name or password are not opened.'],
    ['https://elsewhere.example/', 'Only links to the platform of the active profile are opened.'],
  ])('refuses %s: %s', (url, reason) => {
    expect(checkExternalUrl(url, ['example.nl'])).toEqual({ allowed: false, reason });
  });
});

describe('the origin of a frame', () => {
  it('reads web origins, rebuilds custom-scheme ones, and takes a blob: URL as its creator origin', () => {
    expect(originOf('https://noc.example:443/index.html')).toBe('https://noc.example');
    expect(originOf('app://noc/index.html')).toBe('app://noc');
    expect(originOf('blob:https://noc.example/8c1f')).toBe('https://noc.example');
    expect(originOf('::')).toBeNull();
  });

  it('trusts a blob: frame of a trusted origin, not of another', () => {
    const trusted = ['https://noc.example'];
    const facts = (frameUrl: string) => ({ isMainFrameOfMainWindow: true, frameUrl });
    expect(isTrustedSender(facts('blob:https://noc.example/8c1f'), trusted)).toBe(true);
    expect(isTrustedSender(facts('blob:https://evil.example/8c1f'), trusted)).toBe(false);
  });
});
