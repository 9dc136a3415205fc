import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ColumnDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import { phoneQuickFilterText } from '../../../src-renderer/src/grid/phone-search.ts';
import {
  createQuickSearchIndex,
  rowSearchText,
  searchTerms,
} from '../../../src-renderer/src/grid/quick-search-index.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const column = (field: string, type: ColumnDescriptor['type']): ColumnDescriptor => ({
  field,
  label: message('common.verbatim', { text: field }),
  type,
  visible: true,
});

describe('the text a row is searched by', () => {
  it('holds every column: looked-up names beside raw values, lists, numbers and flags, lower case', () => {
    const columns = [
      column('number', 'phone'),
      column('forwardTo', 'text'),
      column('areaCode', 'iri'),
      column('tags', 'text'),
      column('size', 'number'),
      column('active', 'boolean'),
      column('location', 'text'),
      column('missing', 'text'),
      column('cleared', 'text'),
    ];
    const row: Row = {
      '@id': '/phonenumbers/1',
      number: '0201234567',
      forwardTo: '0612345678',
      areaCode: '/areacodes/20',
      tags: ['VIP', 'Sales'],
      size: 100,
      active: false,
      location: { city: 'Utrecht' },
      cleared: null,
    };
    const text = rowSearchText(row, columns, new Set(['forwardTo']), { areaCode: { '/areacodes/20': 'Amsterdam' } });
    expect(text.text.split('\u0001')).toEqual([
      '0201234567 0201234567 31201234567 +31201234567',
      '0612345678 0612345678 31612345678 +31612345678',
      'amsterdam',
      '/areacodes/20',
      'vip sales',
      '100',
      'false',
    ]);
  });

  it('leaves out empty values of every kind of column', () => {
    const columns = [column('number', 'phone'), column('note', 'text'), column('size', 'number')];
    const row: Row = { '@id': '/phonenumbers/2', number: null, note: 'Kept', size: null };
    expect(rowSearchText(row, columns, new Set(), {}).text).toBe('kept');
  });

  it('a phone value that is no national number is kept as it is; lists of numbers get every form', () => {
    expect(phoneQuickFilterText('+32 2 123 45 67')).toBe('+32 2 123 45 67');
    expect(phoneQuickFilterText('')).toBe('');
    expect(phoneQuickFilterText(42)).toBe('42');
    expect(phoneQuickFilterText(1.5)).toBe('');
    expect(phoneQuickFilterText(['0201234567', '0107654321'])).toBe(
      '0201234567 0201234567 31201234567 +31201234567 0107654321 0107654321 31107654321 +31107654321',
    );
    expect(phoneQuickFilterText('020-123 45 67')).toBe('020-123 45 67 0201234567 31201234567 +31201234567');
  });

  it('a platform that stores numbers internationally, or as integers, is searched in the national form too', () => {
    expect(phoneQuickFilterText('+31201234567')).toBe('+31201234567 0201234567 31201234567 +31201234567');
    expect(phoneQuickFilterText(31201234567)).toBe('31201234567 0201234567 31201234567 +31201234567');
  });

  it('splits a query into lower-case words; a typed number is one word', () => {
    expect(searchTerms('  Sales   Amsterdam ')).toEqual(['sales', 'amsterdam']);
    expect(searchTerms('+31 20 123 4567')).toEqual(['0201234567']);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('the quick search index', () => {
  const rows: Row[] = Array.from({ length: 12_000 }, (_, i) => ({ '@id': `/phonenumbers/${i}`, n: i }));

  it('builds row texts in the background, 5,000 rows a slice, and not again when matching', () => {
    vi.useFakeTimers();
    const built: number[] = [];
    const index = createQuickSearchIndex((row) => {
      built.push(Number(row['n']));
      return `row ${String(row['n'])}`;
    });
    index.warm(rows);
    index.warm(rows.slice(0, 1));
    expect(built).toHaveLength(0);
    vi.advanceTimersToNextTimer();
    expect(built).toHaveLength(5_000);
    vi.advanceTimersToNextTimer();
    expect(built).toHaveLength(10_000);
    vi.runAllTimers();
    expect(built).toHaveLength(12_000);
    expect(index.matches(rows[11_999]!, ['row', '11999'])).toBe(true);
    expect(index.matches(rows[11_999]!, ['row', '11998'])).toBe(false);
    expect(index.matches(rows[0]!, [])).toBe(true);
    expect(built).toHaveLength(12_000);
    index.dispose();
  });

  // A longer step is a long task: a keystroke or scroll that comes meanwhile waits for it.
  describe('no background step runs longer than 10 ms', () => {
    const slowRows = rows.slice(0, 60);
    /** Builds a text in about 1 ms of real time, as a slow machine builds a wide row's. */
    const slowText = (built: Row[]) => (row: Row) => {
      const until = performance.now() + 1;
      while (performance.now() < until);
      built.push(row);
      return 'row';
    };
    const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('without idle callbacks (each step a task of its own)', async () => {
      const built: Row[] = [];
      const index = createQuickSearchIndex(slowText(built));
      index.warm(slowRows);
      await nextTask();
      expect(built.length).toBeGreaterThan(0);
      expect(built.length).toBeLessThanOrEqual(11);
      index.dispose();
    });

    it('when the idle callback ran late (its timeout: no idle time) or gives more than 10 ms', async () => {
      for (const deadline of [
        { didTimeout: true, timeRemaining: () => 0 },
        { didTimeout: false, timeRemaining: () => 49 },
      ]) {
        vi.stubGlobal('requestIdleCallback', (callback: (idle: IdleDeadline) => void) =>
          setTimeout(() => callback(deadline), 0),
        );
        vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
        const built: Row[] = [];
        const index = createQuickSearchIndex(slowText(built));
        index.warm(slowRows);
        await nextTask();
        expect(built.length).toBeGreaterThan(0);
        expect(built.length).toBeLessThanOrEqual(11);
        // the rest follows in later steps
        for (let step = 0; step < 20 && built.length < slowRows.length; step += 1) await nextTask();
        expect(built).toHaveLength(slowRows.length);
        index.dispose();
      }
    });
  });

  it('stops warming when disposed', () => {
    vi.useFakeTimers();
    let built = 0;
    const index = createQuickSearchIndex(() => {
      built += 1;
      return '';
    });
    index.warm(rows);
    vi.advanceTimersToNextTimer();
    index.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.runAllTimers();
    expect(built).toBe(5_000);
  });

  it('where the renderer has idle callbacks, builds only in them (asked with a 2 s timeout), cancelled on dispose', () => {
    const pending = new Map<number, (idle: IdleDeadline) => void>();
    const asked: (IdleRequestOptions | undefined)[] = [];
    const cancelled: number[] = [];
    let nextId = 0;
    vi.stubGlobal('requestIdleCallback', (step: (idle: IdleDeadline) => void, options?: IdleRequestOptions) => {
      nextId += 1;
      pending.set(nextId, step);
      asked.push(options);
      return nextId;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    let built = 0;
    const index = createQuickSearchIndex(() => {
      built += 1;
      return '';
    });
    index.warm(rows);
    expect(built).toBe(0);
    expect(asked).toEqual([{ timeout: 2_000 }]);
    // no idle time left: one row, so that a renderer that is never idle still makes progress; then the next idle time
    const [id, step] = [...pending][0]!;
    pending.delete(id);
    step({ didTimeout: false, timeRemaining: () => 0 });
    expect(built).toBe(1);
    expect([...pending.keys()]).toEqual([2]);
    index.dispose();
    expect(cancelled).toEqual([2]);
  });

  it('after a reset, texts are built again with the new function', () => {
    const index = createQuickSearchIndex(() => 'old text');
    const row = rows[0]!;
    expect(index.matches(row, ['old'])).toBe(true);
    index.reset(() => 'new text');
    expect(index.matches(row, ['old'])).toBe(false);
    expect(index.matches(row, ['new'])).toBe(true);
    // the cached text is invisible to the row's own fields and to copies
    expect(Object.keys(row)).toEqual(['@id', 'n']);
    expect(JSON.stringify(row)).toBe('{"@id":"/phonenumbers/0","n":0}');
    index.dispose();
  });
});

describe('a number prefix matches numbers that start with it', () => {
  const columns = [column('number', 'phone'), column('note', 'text'), column('createdAt', 'datetime')];
  const rows: Row[] = [
    { '@id': '/phonenumbers/1', number: '0612345678', note: 'mobile', createdAt: '2026-06-01T10:00:00Z' },
    { '@id': '/phonenumbers/2', number: '0201206000', note: 'office 06', createdAt: '2026-06-02T10:00:00Z' },
    { '@id': '/phonenumbers/3', number: '0316123456', note: 'Zevenaar', createdAt: '2026-01-06T10:00:00Z' },
  ];
  const found = (query: string): string[] => {
    const index = createQuickSearchIndex((row) => rowSearchText(row, columns, new Set(), {}));
    const terms = searchTerms(query);
    return rows.filter((row) => index.matches(row, terms)).map((row) => String(row['number']));
  };

  it.each(['+316', '06', '316', '+31 6', '0031 6'])('%s finds the 06 number only, not 06 inside another', (typed) => {
    expect(found(typed)).toEqual(['0612345678']);
  });

  it('a national area code finds its numbers; digits that are no number start search everywhere', () => {
    expect(found('0316')).toEqual(['0316123456']);
    expect(found('3120')).toEqual(['0201206000']);
    expect(found('1234')).toEqual(['0612345678', '0316123456']);
    expect(found('office 06')).toEqual([]);
    expect(found('office')).toEqual(['0201206000']);
  });
});

describe('typing on narrows within the last result', () => {
  it('gives the same rows as a full scan when typing on, and when the query changes otherwise', () => {
    const rows: Row[] = Array.from({ length: 1_000 }, (_, i) => ({ '@id': `/r/${i}`, name: `row ${i}` }));
    const index = createQuickSearchIndex((row) => String(row['name']));
    const matching = (terms: string[]): number => rows.filter((row) => index.matches(row, terms)).length;
    expect(matching(['row', '1'])).toBe(271);
    expect(matching(['row', '12'])).toBe(20);
    expect(matching(['row 12'])).toBe(11);
    expect(matching(['row 123'])).toBe(1);
    // a row added after the last keystroke is tested in full, not rejected for not having been seen
    const added: Row = { '@id': '/r/new', name: 'row 1234' };
    expect(index.matches(added, ['row 1234'])).toBe(true);
    expect(matching(['row 1'])).toBe(111);
    expect(matching(['row'])).toBe(1_000);
  });

  it('narrows only when every old word is inside a new one', async () => {
    const { narrows } = await import('../../../src-renderer/src/grid/quick-search-index.ts');
    expect(narrows(['sal'], ['sales'])).toBe(true);
    expect(narrows(['sal'], ['sales', 'nl'])).toBe(true);
    expect(narrows(['sales'], ['sal'])).toBe(false);
    expect(narrows(['06'], ['061'])).toBe(true);
    expect(narrows(['06'], ['106'])).toBe(false);
    expect(narrows([], ['x'])).toBe(false);
  });
});

describe('how much a keystroke tests', () => {
  const rows: Row[] = Array.from({ length: 1_000 }, (_, i) => ({ '@id': `/r/${i}`, name: `row ${i}` }));
  const scan = (index: ReturnType<typeof createQuickSearchIndex>, terms: string[]): number =>
    rows.filter((row) => index.matches(row, terms)).length;

  it('typing on tests only the rows the last keystroke let through; an empty query tests nothing', () => {
    const index = createQuickSearchIndex((row) => String(row['name']));
    expect(scan(index, [])).toBe(1_000);
    expect(index.tested()).toBe(0);
    expect(scan(index, ['row', '1'])).toBe(271);
    expect(index.tested()).toBe(1_000);
    expect(scan(index, ['row', '12'])).toBe(20);
    expect(index.tested()).toBe(1_271);
    // a query that does not narrow the last one tests every row again
    expect(scan(index, ['row', '2'])).toBe(271);
    expect(index.tested()).toBe(2_271);
  });

  it('the same terms again (the grid asks per row and per refresh) reuse each row’s verdict', () => {
    const index = createQuickSearchIndex((row) => String(row['name']));
    const terms = ['row', '7'];
    expect(scan(index, terms)).toBe(271);
    expect(scan(index, terms)).toBe(271);
    expect(index.tested()).toBe(1_000);
  });

  it('a copy of a row with a changed value is searched by its own text', () => {
    const index = createQuickSearchIndex((row) => String(row['name']));
    const row = rows[5]!;
    expect(index.matches(row, ['row', '5'])).toBe(true);
    const copy: Row = { ...row, name: 'renamed' };
    expect(index.matches(copy, ['renamed'])).toBe(true);
    expect(index.matches(copy, ['row'])).toBe(false);
  });

  it('after a reset every row is tested again, even for the same terms', () => {
    const index = createQuickSearchIndex((row) => String(row['name']));
    const terms = ['row', '9'];
    expect(scan(index, terms)).toBe(271);
    index.reset((row) => `${String(row['name'])} nine`);
    expect(scan(index, terms)).toBe(271);
    expect(index.tested()).toBe(2_000);
  });
});

describe('the words of a query and when they narrow', () => {
  it('splits on any run of white space, tabs and line breaks included', () => {
    expect(searchTerms('  sales \t nl\n  ')).toEqual(['sales', 'nl']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('needs every old word inside a new one, and a number start only extended as a number start', async () => {
    const { narrows } = await import('../../../src-renderer/src/grid/quick-search-index.ts');
    expect(narrows(['sal', 'nl'], ['sales'])).toBe(false);
    expect(narrows(['sal', 'nl'], ['sales', 'nl'])).toBe(true);
    expect(narrows(['06'], ['07'])).toBe(false);
    expect(narrows(['06'], ['06x'])).toBe(false);
    expect(narrows(['sal'], ['061'])).toBe(false);
  });
});
