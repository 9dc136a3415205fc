import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/app.ts';
import { TOUR_PARTS } from './support/tour.ts';

interface Found {
  state: string;
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

async function check(page: Page, state: string, found: Found[]): Promise<void> {
  const started = Date.now();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // only violations are read: collecting every passing node costs seconds per state on a grid
    .options({ resultTypes: ['violations'] })
    .analyze();
  for (const violation of result.violations)
    found.push({
      state,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    });
  if (process.env['AXE_DEBUG'])
    console.log(state, Date.now() - started, 'ms', result.violations.map((v) => v.id).join(','));
}

test.use({ actionTimeout: 15_000 });

for (const theme of ['light', 'dark'] as const) {
  for (const part of TOUR_PARTS) {
    test(`axe-core finds nothing: ${part.name} (${theme} theme)`, async ({ app }) => {
      test.setTimeout(300_000);
      const { page } = app;
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const found: Found[] = [];
      await part.run(page, 'en', async (state) => {
        await check(page, state, found);
        if (state === 'panel: bulk preview' || state === 'dialog: Profiles')
          await saveScreenshot(page, `axe-${theme}-${state.replace(/\W+/g, '-')}`);
      });
      // One line per violation and state, so a failure says where to look.
      expect(found.map((f) => `${f.state} · ${f.rule} (${f.impact}) ${f.help} → ${f.targets.join(' | ')}`)).toEqual([]);
    });
  }
}
