import { message, type Message } from '../../src-preload/contract/messages.ts';
import { logText } from '../logging/ui-text.ts';

/** A refusal says why for the operator (`text`, a catalog message) and for the log (`reason`, English). */
export type BaseUrlCheck = { ok: true; url: string } | { ok: false; reason: string; text: Message };

function refused(text: Message): BaseUrlCheck {
  return { ok: false, reason: logText(text), text };
}

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
  if (text === '') return refused(message('errors.baseUrl.empty'));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused(message('errors.baseUrl.invalid', { text }));
  }
  if (url.username || url.password) {
    return refused(message('errors.baseUrl.credentials'));
  }
  if (url.search || url.hash) {
    return refused(message('errors.baseUrl.queryOrFragment'));
  }
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      return refused(message('errors.baseUrl.plainHttp', { host: url.hostname }));
    }
  } else if (url.protocol !== 'https:') {
    return refused(message('errors.baseUrl.protocol', { protocol: url.protocol.replace(':', '') }));
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}
