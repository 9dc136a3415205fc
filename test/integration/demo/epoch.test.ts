import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, startDemoPlatform, type DemoPlatform } from '../../../src-main/demo/index.ts';
import { generateDemoData } from '../../../src-main/demo/generate/index.ts';

const started: DemoPlatform[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((demo) => demo.close()));
});

/** The tables whose rows carry dates made from the moment the data is generated around. */
const dated = (data: DemoPlatform['data']): string =>
  JSON.stringify([data.phoneNumbers.all(), data.outports.all(), data.scheduledForwards.all()]);

describe('the demo data is generated around an epoch', () => {
  // a bench restarts the demo between a first sync and an app start: the refresh after it must find nothing changed
  it('given one, a demo holds the rows of that moment, the same after a restart', async () => {
    const epoch = Date.UTC(2020, 0, 15, 9, 30);
    const first = await startDemoPlatform({ phoneNumbers: 200, epoch });
    started.push(first);
    expect(dated(first.data)).toBe(dated(generateDemoData(DEFAULT_SEED, 200, epoch)));
    const again = await startDemoPlatform({ phoneNumbers: 200, epoch });
    started.push(again);
    expect(dated(again.data)).toBe(dated(first.data));
  });

  it('without one, the moment it starts', async () => {
    const demo = await startDemoPlatform({ phoneNumbers: 200 });
    started.push(demo);
    expect(dated(demo.data)).not.toBe(dated(generateDemoData(DEFAULT_SEED, 200, Date.UTC(2020, 0, 15, 9, 30))));
  });
});
