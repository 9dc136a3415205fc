import { describe, expect, it } from 'vitest';
import { message } from '../../../src-preload/contract/messages.ts';
import { logText } from '../../../src-main/logging/ui-text.ts';

describe('logText: operator text as one log line', () => {
  it('a two-language text logs its English', () => {
    expect(logText({ en: 'Saved.', nl: 'Opgeslagen.' })).toBe('Saved.');
  });

  it('a message logs its code, and its parameters in order after it', () => {
    expect(logText(message('bulk.journal.inUse'))).toBe('bulk.journal.inUse');
    expect(logText(message('bulk.csv.fieldCount', { count: 4, line: 'x;y', ok: false, none: null }))).toBe(
      'bulk.csv.fieldCount(count=4, line=x;y, ok=false, none=null)',
    );
  });

  it('a nested message, a two-language label and a list read the same way inside the parameters', () => {
    const text = message('bulk.journal.writeFailed', {
      reason: message('bulk.journal.cause.diskFull'),
      label: { en: 'Cost center', nl: 'Kostenplaats' },
      ids: ['a1', 2, message('x.y', { n: 1 })],
    });
    expect(logText(text)).toBe(
      'bulk.journal.writeFailed(reason=bulk.journal.cause.diskFull, label=Cost center, ids=[a1, 2, x.y(n=1)])',
    );
  });
});
