/**
 * Which links may leave the console for the OS browser: http(s) only, with a host, no credentials in the URL.
 * Everything else (file:, javascript:, custom schemes that launch other programs) is refused.
 */
export type ExternalUrlVerdict = { allowed: true; url: string } | { allowed: false; reason: string };

export function checkExternalUrl(candidate: string): ExternalUrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { allowed: false, reason: `"${candidate}" is not a valid URL.` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return {
      allowed: false,
      reason: `Links with the scheme "${parsed.protocol}" are not opened; only http and https are.`,
    };
  }
  if (!parsed.hostname) return { allowed: false, reason: 'The link has no host.' };
  if (parsed.username || parsed.password) {
    return { allowed: false, reason: 'Links that carry a user name or password are not opened.' };
  }
  return { allowed: true, url: parsed.toString() };
}
