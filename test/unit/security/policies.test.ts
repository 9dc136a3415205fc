import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile, resolveStaticPath } from '../../../src-main/app/static-files.ts';
import { buildContentSecurityPolicy } from '../../../src-main/security/csp.ts';
import { checkExternalUrl } from '../../../src-main/security/external-url.ts';
import { isTrustedSender } from '../../../src-main/security/sender-policy.ts';

describe('content security policy', () => {
  it('allows no eval, no inline script and no remote origin', () => {
    const csp = buildContentSecurityPolicy();
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\//);
  });

  it('adds only the loopback socket the bridge needs', () => {
    const csp = buildContentSecurityPolicy({ connectSources: ['ws://127.0.0.1:4000'] });
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:4000");
    expect(csp).toMatch(/script-src 'self';/);
  });
});

describe('external links', () => {
  const known = ['api.example.nl', '127.0.0.1:8443', 'localhost:3000'];
  it.each(['https://api.example.nl/docs', 'https://API.example.nl/x?q=1', 'http://127.0.0.1:8443/docs'])(
    'opens %s',
    (url) => {
      expect(checkExternalUrl(url, known).allowed).toBe(true);
    },
  );
  it.each([
    'http://api.example.nl/docs',
    'https://portal.example.nl/',
    'https://api.example.nl.evil.example/',
    'http://anything.localhost:3000/',
    'http://localhost.evil.example:3000/',
    'https://127.0.0.1:9999/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-settings:privacy',
    'https://user:pw@example.nl',
    'not a url',
  ])('refuses %s with a reason', (url) => {
    const verdict = checkExternalUrl(url, known);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason.length).toBeGreaterThan(10);
  });
});

describe('IPC sender policy', () => {
  const trusted = ['app://noc'];
  it('trusts only the top frame of our window on our origin', () => {
    expect(isTrustedSender({ isMainFrameOfMainWindow: true, frameUrl: 'app://noc/index.html' }, trusted)).toBe(true);
  });
  it('refuses a subframe, even on our origin', () => {
    expect(isTrustedSender({ isMainFrameOfMainWindow: false, frameUrl: 'app://noc/index.html' }, trusted)).toBe(false);
  });
  it.each(['https://evil.example', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank', ''])(
    'refuses a frame showing %s',
    (frameUrl) => {
      expect(isTrustedSender({ isMainFrameOfMainWindow: true, frameUrl }, trusted)).toBe(false);
    },
  );
});

describe('static files of the renderer', () => {
  it('never resolves outside the root', () => {
    expect(resolveStaticPath('/srv/app', '/../../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/a%00b')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/')).toBe(path.resolve('/srv/app/index.html'));
    expect(resolveStaticPath('/srv/app', '/assets/x.js')).toBe(path.resolve('/srv/app/assets/x.js'));
  });

  it('reads a file with its content type, and nothing that is missing', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'noc-static-'));
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'assets', 'a.js'), 'export {}');
    const file = await readStaticFile(root, '/assets/a.js');
    expect(file?.contentType).toContain('text/javascript');
    expect(file?.body.toString()).toBe('export {}');
    expect(await readStaticFile(root, '/missing.js')).toBeNull();
  });
});
