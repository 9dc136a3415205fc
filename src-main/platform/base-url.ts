export type BaseUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Literal loopback only: `localhost` itself, 127.0.0.0/8 and ::1; a name under .localhost may resolve elsewhere. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return v4.slice(1).every((octet) => Number(octet) <= 255);
  const mapped =
    /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.exec(host) ?? /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.exec(host);
  return mapped !== null;
}

/** https only; plain http only for loopback (the embedded demo, local test servers). Returns a normalised URL. */
export function validateBaseUrl(input: string): BaseUrlCheck {
  const text = input.trim();
  if (text === '')
    return { ok: false, reason: 'The base URL is empty. Enter the platform address, e.g. https://api.example.nl.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text}" is not a valid URL. Enter a full address starting with https://.` };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      reason: 'The base URL must not contain a user name or password; credentials belong in the profile fields.',
    };
  }
  if (url.search || url.hash) {
    return { ok: false, reason: 'The base URL must not contain a query string or fragment.' };
  }
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      return {
        ok: false,
        reason:
          `Plain http is refused for ${url.hostname}: credentials and tokens would travel unencrypted. ` +
          'Use https:// (plain http is only allowed for this computer: localhost, 127.0.0.0/8, ::1).',
      };
    }
  } else if (url.protocol !== 'https:') {
    return { ok: false, reason: `The protocol "${url.protocol.replace(':', '')}" is not supported; use https://.` };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}
