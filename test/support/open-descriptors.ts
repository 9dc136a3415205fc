import { readdirSync, readlinkSync } from 'node:fs';

/** Where one of this process's descriptors points: the path it was opened at, and whether that file is deleted since. */
export interface DescriptorTarget {
  path: string;
  deleted: boolean;
}

const DELETED = ' (deleted)';

/**
 * How many descriptors this process holds on files that `matches`, read from /proc/self/fd (Linux); null where that
 * cannot be read, so a test of a leaked handle checks it only where it can.
 */
export function countDescriptors(matches: (target: DescriptorTarget) => boolean): number | null {
  let fds: string[];
  try {
    fds = readdirSync('/proc/self/fd');
  } catch {
    return null;
  }
  return fds.filter((fd) => {
    let link: string;
    try {
      link = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return false; // closed since the listing (the listing's own descriptor, for one)
    }
    const deleted = link.endsWith(DELETED);
    return matches({ path: deleted ? link.slice(0, -DELETED.length) : link, deleted });
  }).length;
}

/** Descriptors this process holds on `file`, also after the file was deleted or replaced; null as above. */
export function openDescriptors(file: string): number | null {
  return countDescriptors((target) => target.path === file);
}
