import { isLoopbackHost } from '../platform/base-url.ts';

/**
 * Which links may leave the console for the OS browser: https to a host the app knows (the active profile's
 * platform and its documentation), or plain http to a known literal loopback address (the embedded demo). No
 * credentials in the URL. Everything else (file:, javascript:, custom schemes that launch programs, other hosts)
 * is refused.
 */
export type ExternalUrlVerdict = { allowed: true; url: string } | { allowed: false; reason: string };

export function checkExternalUrl(candidate: string, knownHosts: readonly string[]): ExternalUrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { allowed: false, reason: 'The link is not a valid web address.' };
  }
  const https = parsed.protocol === 'https:';
  if (!https && !(parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname))) {
    return { allowed: false, reason: 'Only https links (plain http only on this computer) are opened.' };
  }
  if (parsed.username || parsed.password) {
    return { allowed: false, reason: 'Links that carry a user name or password are not opened.' };
  }
  const known = new Set(knownHosts.map((host) => host.toLowerCase()));
  if (!parsed.hostname || !known.has(parsed.host.toLowerCase())) {
    return { allowed: false, reason: 'Only links to the platform of the active profile are opened.' };
  }
  return { allowed: true, url: parsed.toString() };
}
