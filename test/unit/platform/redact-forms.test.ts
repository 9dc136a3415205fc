import { describe, expect, it } from 'vitest';
import { createRedactor, redactDeep, type Redactor } from '../../../src-main/platform/redact.ts';

/** A redactor holding these secrets; made inside each test, since Stryker credits kills only to code a test runs. */
function redactorOf(...secrets: string[]): Redactor {
  const redactor = createRedactor();
  for (const secret of secrets) redactor.add(secret);
  return redactor;
}

// applyWhole masks whole forms only, so each case here proves the form itself is known (no fragment rescues it)
describe('the redactor, each echoed form of a secret, whole', () => {
  it.each([
    ['HTML-escaped &, <, >, "', 'a&b<c>d"e', 'a&amp;b&lt;c&gt;d&quot;e'],
    ['HTML apostrophe as &#39;', "it's-key", 'it&#39;s-key'],
    ['HTML apostrophe as &#x27;', "it's-key", 'it&#x27;s-key'],
    ['HTML apostrophe as &apos;', "it's-key", 'it&apos;s-key'],
    ['form-encoded (+ for space)', 'pass word 1', 'pass+word+1'],
    ['JSON-escaped', 'a"quoted\\key', 'a\\"quoted\\\\key'],
    ['with regex characters', 'pass.word+1', 'pass.word+1'],
  ])('masks the %s form', (_form, secret, echoed) => {
    const redactor = redactorOf(secret);
    expect(redactor.applyWhole(`x ${echoed} y`)).toBe('x [redacted] y');
  });

  it('does not treat a regex character in a secret as a wildcard', () => {
    const redactor = redactorOf('pass.word+1');
    expect(redactor.applyWhole('x passXword1 y')).toBe('x passXword1 y');
  });

  it('masks a longer secret whole even when a shorter one is its prefix', () => {
    const redactor = redactorOf('secret', 'secret-longer');
    expect(redactor.applyWhole('token secret-longer end')).toBe('token [redacted] end');
  });
});

describe('the redactor, short secrets', () => {
  it('masks a secret of exactly four characters, alone or in a text', () => {
    const redactor = redactorOf('q7z9');
    expect(redactor.apply('q7z9')).toBe('[redacted]');
    expect(redactor.apply('id q7z9 end')).toBe('id [redacted] end');
    expect(redactor.applyWhole('id q7z9 end')).toBe('id [redacted] end');
  });

  it('ignores a secret shorter than four characters in every form', () => {
    const redactor = redactorOf('a<b');
    expect(redactor.applyWhole('x a&lt;b y a%3Cb')).toBe('x a&lt;b y a%3Cb');
  });
});

describe('the redactor, fragments and letter case', () => {
  it('masks the last eight characters of a secret echoed at the end of a text', () => {
    const redactor = redactorOf('abcdefghijkl');
    expect(redactor.apply('tail efghijkl')).toBe('tail [redacted]');
  });

  it('masks at the right place after characters whose lower case is longer', () => {
    const redactor = redactorOf('hunter2-secret');
    // 'İ'.toLowerCase() is two code units: the mask must still land on the secret
    expect(redactor.apply('İİ hunter2-secret!')).toBe('İİ [redacted]!');
  });

  it('matches a capital sharp s to a small one, as lower case does', () => {
    const redactor = redactorOf('straße-key');
    expect(redactor.apply('login STRAẞE-KEY failed')).toBe('login [redacted] failed');
  });
});

describe('the redactor, how many secrets it keeps', () => {
  const secretNo = (n: number): string => `secret-${String(n).padStart(3, '0')}-xyz`;

  it('keeps the 64 most recent secrets and forgets older ones', () => {
    const redactor = createRedactor();
    for (let n = 1; n <= 64; n += 1) redactor.add(secretNo(n));
    expect(redactor.applyWhole(secretNo(1))).toBe('[redacted]');
    expect(redactor.applyWhole(secretNo(64))).toBe('[redacted]');
    redactor.add(secretNo(65));
    expect(redactor.applyWhole(secretNo(1))).toBe(secretNo(1));
    expect(redactor.applyWhole(secretNo(2))).toBe('[redacted]');
    expect(redactor.applyWhole(secretNo(65))).toBe('[redacted]');
  });
});

describe('redactDeep', () => {
  const mask = (text: string): string => text.replace('hunter2', '[redacted]');

  it('passes undefined, numbers and booleans through', () => {
    expect(redactDeep({ a: undefined, n: 1, b: true, s: 'hunter2' }, mask)).toEqual({
      a: undefined,
      n: 1,
      b: true,
      s: '[redacted]',
    });
  });

  it('returns the very same arrays and objects when nothing changed, and never edits the input', () => {
    const clean = { list: ['a', 1, { b: 'c' }], inner: { d: 'e' } };
    expect(redactDeep(clean, mask)).toBe(clean);
    const dirty = { list: ['a', 'hunter2'], keep: { d: 'e' } };
    const out = redactDeep(dirty, mask);
    expect(out).toEqual({ list: ['a', '[redacted]'], keep: { d: 'e' } });
    expect(out.keep).toBe(dirty.keep);
    expect(dirty.list[1]).toBe('hunter2');
  });

  it('masks inside objects without a prototype', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare['password'] = 'hunter2';
    expect(redactDeep(bare, mask)['password']).toBe('[redacted]');
  });

  it('leaves class instances alone rather than turning them into plain objects', () => {
    class Box {
      label = 'hunter2';
    }
    const box = new Box();
    expect(redactDeep(box, mask)).toBe(box);
  });
});
