import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../src-main/logging/logger.ts';
import { createRedactor, redactDeep, type Redactor } from '../../../src-main/platform/redact.ts';

const SECRET = 'Pa"ss<w>rd&x y/1234';

describe('the redactor', () => {
  // made for each test, not once in the describe body: Stryker credits kills only to code a test runs
  let redactor: Redactor;
  beforeEach(() => {
    redactor = createRedactor();
    redactor.add(SECRET);
    redactor.add('abc'); // too short to mask: ignored
  });

  it.each([
    ['raw', SECRET],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['URL-encoded', encodeURIComponent(SECRET)],
    ['form-encoded', encodeURIComponent(SECRET).replace(/%20/g, '+')],
    ['HTML-escaped', SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')],
    ['upper-cased', SECRET.toUpperCase()],
    ['a prefix', SECRET.slice(0, 8)],
    ['a middle part', SECRET.slice(5, 15)],
  ])('masks the %s form in platform text', (_form, echoed) => {
    const out = redactor.apply(`value "${echoed}" rejected`);
    expect(out).toContain('[redacted]');
    expect(out).not.toContain(echoed);
    expect(out.startsWith('value "')).toBe(true);
  });

  it('masks whole forms in our own text but leaves short coincidences', () => {
    expect(redactor.applyWhole(`at ${SECRET.toUpperCase()}!`)).toBe('at [redacted]!');
    expect(redactor.applyWhole(`prefix ${SECRET.slice(0, 8)}`)).toBe(`prefix ${SECRET.slice(0, 8)}`);
    expect(redactor.apply('abc and seven')).toBe('abc and seven');
  });

  it('masks anything shaped like a JWT, and every string inside a value', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    expect(redactor.apply(`Bearer ${jwt}`)).toBe('Bearer [redacted]');
    expect(redactDeep({ a: [SECRET, 1, { b: SECRET }], c: null }, (t) => redactor.applyWhole(t))).toEqual({
      a: ['[redacted]', 1, { b: '[redacted]' }],
      c: null,
    });
  });
});

describe('the file logger', () => {
  it('masks the live secrets before serialising, so JSON escaping cannot hide them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'noc-log-'));
    try {
      const redactor = createRedactor();
      redactor.add(SECRET);
      const file = path.join(dir, 'main.log');
      const logger = createFileLogger(file, (text) => redactor.apply(text));
      logger.warn(`sign-in failed for ${SECRET}`, { reason: `platform said ${SECRET}`, attempt: 1 });
      await logger.flush();
      const text = await readFile(file, 'utf8');
      expect(text).toContain('[redacted]');
      expect(text).not.toContain(JSON.stringify(SECRET).slice(1, -1));
      expect(text).not.toContain('ss<w>rd');
      expect(JSON.parse(text)).toMatchObject({ level: 'warn', attempt: 1 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
const JWT_A = 'eyJhbGciOiJSUzI1NiJ9.eyJ1c2VybmFtZSI6Im5vYyJ9.c2lnbmF0dXJlLW9uZQ';
const JWT_B = 'eyJ0eXAiOiJKV1QifQ.eyJleHAiOjE3OTk5OTk5OTl9.c2lnbmF0dXJlLXR3bw';

describe('the redactor, every occurrence', () => {
  it('masks every JWT in a text, not only the first', () => {
    const redactor = createRedactor();
    expect(redactor.apply(`old ${JWT_A}, new ${JWT_B}, old again ${JWT_A}`)).toBe(
      'old [redacted], new [redacted], old again [redacted]',
    );
  });

  it('masks every occurrence of each secret it was given', () => {
    const redactor = createRedactor();
    redactor.add('hunter2-secret');
    redactor.add('key-1234');
    expect(redactor.apply('hunter2-secret / key-1234 / hunter2-secret')).toBe('[redacted] / [redacted] / [redacted]');
  });
});
