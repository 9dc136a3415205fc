// A CPU profile of the renderer over one step of a bench (Chrome DevTools Protocol), summarised as self time per
// function: the share of the step each function spent in its own code. The raw profile is written for DevTools.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Profiling {
  stop(label: string): Promise<void>;
}

const where = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url === '' ? '' : ` ${url.split('/').at(-1)}:${lineNumber + 1}`;
  return `${functionName || '(anonymous)'}${file}`;
};

/** Self time per function, highest first, and the total sampled time (ms). */
export function selfTimes(profile: CpuProfile): { total: number; top: { name: string; ms: number }[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    total += ms;
    const name = where(node);
    times.set(name, (times.get(name) ?? 0) + ms);
  });
  const top = [...times.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { total, top };
}

export async function startProfile(page: Page, interval = 200): Promise<Profiling> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval });
  await session.send('Profiler.start');
  return {
    async stop(label) {
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await session.detach();
      const file = path.join(tmpdir(), `noc-${label.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      const { total, top } = selfTimes(profile);
      const busy = top.filter((entry) => entry.name !== '(idle)' && entry.name !== '(program)');
      process.stdout.write(
        `    profile: ${label}: ${total.toFixed(0)} ms sampled, ` +
          `${busy.reduce((sum, entry) => sum + entry.ms, 0).toFixed(0)} ms in functions (${file})\n` +
          top
            .slice(0, 25)
            .map(
              (entry) =>
                `      ${((entry.ms / total) * 100).toFixed(1).padStart(5)}%  ${entry.ms.toFixed(0).padStart(6)} ms  ${entry.name}`,
            )
            .join('\n') +
          '\n',
      );
    },
  };
}
