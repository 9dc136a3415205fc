import type { Page } from '@playwright/test';
import { choosePreference, expect, saveScreenshot, test } from './support/app.ts';
import { type Language, TOUR_PARTS } from './support/tour.ts';

/** A request as a developer writes it ("POST /outports/accept-outport"), and JSON-LD keys. */
const DEVELOPER_TEXT = [/\b(GET|POST|PUT|PATCH|DELETE)\s+\/[\w{}./-]*/, /@id\b/, /@type\b/];

/**
 * What the operator reads: the page's text outside the Technical details disclosures, and every title, aria-label
 * and placeholder (tooltips and names that screen readers speak).
 */
async function operatorTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const technical = (element: Element): boolean => element.closest('[data-technical]') !== null;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || technical(parent) || parent.closest('script, style')) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (technical(element)) continue;
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/**
 * English words an operator would notice in the Dutch UI. Data (grid cells, values the platform or the operator
 * typed) is not checked; words Dutch NOC staff use as they are (outport, SIM, ICCID, offline, demo) are allowed.
 */
const ENGLISH =
  /\b(the|rows?|selected|and|with|not|connected|signed-out|loading|cancel|close|apply|refresh|search|copy|columns|actions|settings|jobs|profiles|failed|applied|skipped|pending|active|in-use|cooling|available|upcoming|ended|duration|yes|no)\b/i;

async function dutchTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (element: Element): boolean =>
      element.closest('[data-technical], [role="gridcell"], .ag-cell, input, textarea, code, .row-label') !== null;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent) || parent.closest('script, style, option')) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[title], [aria-label]')) {
      if (skip(element)) continue;
      for (const name of ['title', 'aria-label']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

test.use({ actionTimeout: 15_000 });

for (const part of TOUR_PARTS) {
  test(`the Dutch UI has no English word left: ${part.name}`, async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await choosePreference(page, 'Language', 'nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    const found: string[] = [];
    await part.run(page, 'nl', async (state) => {
      for (const text of await dutchTexts(page)) if (ENGLISH.test(text)) found.push(`${state}: ${text.slice(0, 120)}`);
    });
    expect([...new Set(found)]).toEqual([]);
  });
}

for (const language of ['en', 'nl'] as const satisfies Language[]) {
  for (const part of TOUR_PARTS) {
    test(`no request, path or JSON-LD key in operator text: ${part.name} (${language})`, async ({ app }) => {
      test.setTimeout(240_000);
      const { page } = app;
      if (language === 'nl') {
        await choosePreference(page, 'Language', 'nl');
        await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      }
      const found: string[] = [];
      await part.run(page, language, async (state) => {
        for (const text of await operatorTexts(page))
          if (DEVELOPER_TEXT.some((pattern) => pattern.test(text))) found.push(`${state}: ${text.slice(0, 160)}`);
        if (state.startsWith('grid and details: X2VoIP') || state.startsWith('tab 1: Tracking'))
          await saveScreenshot(page, `plain-words-${language}-${state.replace(/\W+/g, '-')}`);
      });
      expect([...new Set(found)]).toEqual([]);
    });
  }
}
