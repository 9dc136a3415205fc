import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/src/i18n/index.ts';
import { problemText } from '../../../src-renderer/src/shell/problem-text.ts';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('a connection problem the codes do not cover', () => {
  it('reads main’s catalog message in the UI language, not main’s log line', async () => {
    await i18n.changeLanguage('nl');
    const text = { code: 'errors.profileNotFound' };
    expect(problemText(i18n.t, { code: 'other', params: {} }, 'errors.profileNotFound', text)).toBe(
      'Dat profiel bestaat niet meer. Kies een ander profiel of maak er een.',
    );
  });

  it('falls back to main’s own text, then to a general sentence', () => {
    expect(problemText(i18n.t, { code: 'other', params: {} }, 'Something odd happened.')).toBe(
      'Something odd happened.',
    );
    expect(problemText(i18n.t, null, null)).toBe(i18n.t('problem.other'));
  });
});
