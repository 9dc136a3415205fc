import { afterEach, describe, expect, it } from 'vitest';
import { writtenValueText } from '../../../src-renderer/src/bulk/written-value.ts';
import { i18n } from '../../../src-renderer/src/i18n/index.ts';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('a value a job writes, as an operator reads it', () => {
  it('shows a moment in Europe/Amsterdam, never as raw UTC', async () => {
    await i18n.changeLanguage('nl');
    // 09:00 UTC on 28 November is 10:00 in Amsterdam (winter time); in July it is 11:00 (summer time)
    const winter = writtenValueText('2026-11-28T09:00:00.000Z', '∅');
    expect(winter).toContain('10:00');
    expect(winter).toContain('28');
    expect(winter).not.toMatch(/T09|Z$/);
    expect(writtenValueText('2026-07-01T09:00:00Z', '∅')).toContain('11:00');
    expect(writtenValueText('2026-11-28T10:00:00+01:00', '∅')).toBe(winter);
  });

  it('leaves other values as they are and shows the empty mark for no value', () => {
    expect(writtenValueText('Sales', '∅')).toBe('Sales');
    expect(writtenValueText('2026-11-28', '∅')).toBe('2026-11-28');
    expect(writtenValueText('2026-13-45T99:00:00Z', '∅')).toBe('2026-13-45T99:00:00Z');
    expect(writtenValueText(42, '∅')).toBe('42');
    expect(writtenValueText(false, '∅')).toBe('false');
    expect(writtenValueText(null, '∅')).toBe('∅');
    expect(writtenValueText('', '—')).toBe('—');
  });
});
