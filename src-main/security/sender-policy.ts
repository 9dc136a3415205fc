/**
 * Who may call the console's IPC: only the top frame of our own window, showing a page from our own origin.
 * Subframes, other windows and pages that navigated elsewhere are refused.
 */
export interface SenderFacts {
  /** The frame that sent the call is the main frame of our main window. */
  isMainFrameOfMainWindow: boolean;
  /** The URL of that frame, as Electron reports it. */
  frameUrl: string;
}

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom schemes (app://noc) report an opaque origin "null"; rebuild it from scheme and host.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isTrustedSender(facts: SenderFacts, trustedOrigins: readonly string[]): boolean {
  if (!facts.isMainFrameOfMainWindow) return false;
  const origin = originOf(facts.frameUrl);
  return origin !== null && trustedOrigins.includes(origin);
}
