import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(() => Promise.resolve());
const appOn = vi.fn();
vi.mock('electron', () => ({ app: { on: appOn }, shell: { openExternal } }));

const { hardenSession, hardenWebContents, hardenAllWebContents, openExternalSafely } =
  await import('../../../src-main/electron/web-security.ts');

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

interface FakeSession {
  headersListener: HeadersListener | undefined;
  permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheck: (() => boolean) | undefined;
  deviceCheck: (() => boolean) | undefined;
  webRequest: { onHeadersReceived(listener: HeadersListener): void };
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

function fakeSession(): FakeSession {
  const session: FakeSession = {
    headersListener: undefined,
    permissionRequest: undefined,
    permissionCheck: undefined,
    deviceCheck: undefined,
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => {
        session.headersListener = listener;
      },
    },
    setPermissionRequestHandler: (handler) => {
      session.permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler) => {
      session.permissionCheck = handler;
    },
    setDevicePermissionHandler: (handler) => {
      session.deviceCheck = handler;
    },
  };
  return session;
}

describe('session hardening', () => {
  it('puts the CSP on every response, replacing none of the other headers', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Electron.Session, "default-src 'none'");
    let headers: Record<string, string[]> = {};
    session.headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': ["default-src 'none'"] });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the permission request %s',
    (permission) => {
      const session = fakeSession();
      hardenSession(session as unknown as Electron.Session, '');
      const callback = vi.fn();
      session.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheck?.()).toBe(false);
      expect(session.deviceCheck?.()).toBe(false);
    },
  );
});

describe('web contents hardening', () => {
  function fakeContents() {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as ((details: { url: string }) => { action: string }) | undefined,
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        contents.openHandler = handler;
      },
    });
    return contents;
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('blocks every %s', (eventName) => {
    const contents = fakeContents();
    hardenWebContents(contents as unknown as Electron.WebContents, () => []);
    const event = { preventDefault: vi.fn() };
    contents.emit(eventName, event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open and sends only https links to known hosts to the OS browser', async () => {
    openExternal.mockClear();
    const contents = fakeContents();
    hardenWebContents(contents as unknown as Electron.WebContents, () => ['example.nl']);
    expect(contents.openHandler?.({ url: 'https://example.nl/help' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'http://example.nl/help' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://evil.example/help' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'ms-msdt:/id' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(openExternal.mock.calls).toEqual([['https://example.nl/help']]);
  });

  it('refuses other schemes in the one safe opener', async () => {
    openExternal.mockClear();
    expect(await openExternalSafely('javascript:alert(1)', () => ['example.nl'])).toBe(false);
    expect(await openExternalSafely('https://other.example/', () => ['example.nl'])).toBe(false);
    expect(await openExternalSafely('https://example.nl/', () => ['example.nl'])).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('hardens every web contents the app ever creates', () => {
    hardenAllWebContents(() => []);
    expect(appOn).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });
});
