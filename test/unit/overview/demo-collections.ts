import type { Row } from '../../../src-preload/contract/grids.ts';
import { generateDemoData } from '../../../src-main/demo/generate/index.ts';
import type { DemoData } from '../../../src-main/demo/data.ts';
import { PATHS } from '../../../src-main/overview/fields.ts';
import { readCollections, type CachedCollections } from '../../../src-main/overview/cached-collections.ts';

/** The demo platform's data as the profile cache would hold it after every grid was opened once. */
export async function demoCollections(
  phoneNumbers: number,
  now: number,
): Promise<{ data: CachedCollections; demo: DemoData }> {
  const demo = generateDemoData(20_240_515, phoneNumbers, now);
  const byPath = new Map<string, readonly Row[]>([
    [PATHS.numbers(), demo.phoneNumbers.all()],
    [PATHS.blocks(), demo.numberBlocks.all()],
    [PATHS.sims(), demo.simCards.all()],
    [PATHS.forwards(), demo.scheduledForwards.all()],
    [PATHS.devices(), demo.trackingDevices.all()],
    [PATHS.outages(), demo.trackingDeviceOutages.all()],
    [PATHS.outports(), demo.outports.all()],
    [PATHS.customers(), demo.customers.all()],
    [PATHS.x2voipNumbers(), demo.orderDetailsX2voipNumbers.all()],
  ]);
  const reader = {
    read: async (path: string) => {
      const rows = byPath.get(path);
      return rows ? { rows: [...rows], fetchedAt: now - 60_000 } : null;
    },
    readJsonStream: async (path: string) => (byPath.has(path) ? { rowCount: byPath.get(path)!.length } : null),
  };
  return { data: await readCollections(reader, [...byPath.keys()]), demo };
}
