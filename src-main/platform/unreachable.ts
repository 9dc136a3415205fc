import { isPlatformError, type PlatformError } from './errors.ts';

/** The platform cannot be used right now: not reachable, not answering in time, or answering only server errors. */
export function isUnreachable(failure: unknown): failure is PlatformError {
  if (!isPlatformError(failure)) return false;
  if (failure.kind === 'network' || failure.kind === 'timeout' || failure.kind === 'unavailable') return true;
  return failure.kind === 'http' && (failure.status ?? 0) >= 500;
}

/** Why, for the status bar and notices: what the operator can do, without HTTP methods or paths. */
export function unreachableReason(failure: PlatformError): string {
  switch (failure.kind) {
    case 'network':
      return "The platform is unreachable: check the network connection, VPN or proxy, and the profile's base URL.";
    case 'timeout':
      return 'The platform is unreachable: it does not answer in time.';
    default:
      return `The platform is unreachable: it keeps answering with server errors${
        failure.status ? ` (HTTP ${failure.status})` : ''
      }.`;
  }
}
