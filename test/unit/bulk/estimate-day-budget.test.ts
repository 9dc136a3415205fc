import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { estimateJob } from '../../../src-main/bulk/estimate.ts';
import { createGovernor } from '../../../src-main/platform/index.ts';

const NOW = Date.UTC(2026, 10, 27, 9, 8, 0);

describe('the estimate before Apply, daily budget', () => {
  it("warns that today's budget runs out, in both languages, when the daily budget is the short one", () => {
    const governor = createGovernor({ now: () => NOW, sleep: async () => undefined, concurrency: 6 });
    governor.observe(
      new Headers({
        'X-RateLimit-1H-Limit': '3600',
        'X-RateLimit-1H-Remaining': '3000',
        'X-RateLimit-24H-Limit': '10000',
        'X-RateLimit-24H-Remaining': '20',
        'X-RateLimit-24H-Reset': '50000',
      }),
      60,
    );
    const estimate = estimateJob(governor, 200, NOW);
    expect(estimate).toMatchObject({ exhaustsDailyBudget: true, budget: { window: 'day' } });
    expect(english(estimate.warning)).toContain("20 are left in today's rate budget");
    expect(dutch(estimate.warning)).toContain('binnen het daglimiet');
  });
});
