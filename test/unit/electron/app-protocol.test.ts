import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

let handler: ((request: Request) => Promise<Response>) | undefined;
const registerSchemesAsPrivileged = vi.fn();
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged,
    handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => {
      handler = fn;
    },
  },
}));

const { registerAppScheme, serveRenderer } = await import('../../../src-main/electron/app-protocol.ts');

describe('the app:// protocol', () => {
  it('is a standard, secure scheme', () => {
    registerAppScheme();
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves the renderer with the CSP header, and nothing outside it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'noc-renderer-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html>');
    serveRenderer(root, "default-src 'none'");
    const page = await handler!(new Request('app://noc/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect((await handler!(new Request('app://noc/../../etc/passwd'))).status).toBe(404);
    expect((await handler!(new Request('app://other/index.html'))).status).toBe(404);
  });
});
