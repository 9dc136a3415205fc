import { readdirSync, readlinkSync } from 'node:fs';

/**
 * Descriptors this process holds open on `file`, read from /proc/self/fd (Linux); null where that cannot be read,
 * so a test of a leaked handle checks it only where it can.
 */
export function openDescriptors(file: string): number | null {
  try {
    return readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === file;
      } catch {
        return false;
      }
    }).length;
  } catch {
    return null;
  }
}
