import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../src-main/logging/logger.ts';
import { createRedactor } from '../../../src-main/platform/redact.ts';

// Shaped like the platform's tokens: header.payload.signature, each base64url.
const JWT_A = 'eyJhbGciOiJSUzI1NiJ9.eyJ1c2VybmFtZSI6Im5vYyJ9.c2lnbmF0dXJlLW9uZQ';
const JWT_B = 'eyJ0eXAiOiJKV1QifQ.eyJleHAiOjE3OTk5OTk5OTl9.c2lnbmF0dXJlLXR3bw';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-logger-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function lines(file: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the file logger', () => {
  it('writes one JSON line per call, in order, into a folder it creates, readable by the user only', async () => {
    const file = path.join(dir, 'logs', 'main.log');
    const logger = createFileLogger(file);
    logger.info('started', { profile: 'demo', rows: 3 });
    logger.warn('slow', { ms: 1200 });
    logger.error('failed', { ok: false, reason: null });
    await logger.flush();
    const written = await lines(file);
    expect(written.map(({ level, message }) => [level, message])).toEqual([
      ['info', 'started'],
      ['warn', 'slow'],
      ['error', 'failed'],
    ]);
    expect(written[0]).toMatchObject({ profile: 'demo', rows: 3 });
    expect(written[2]).toMatchObject({ ok: false, reason: null });
    for (const line of written) expect(new Date(String(line['time'])).toISOString()).toBe(line['time']);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('masks every JWT in a line, in the message and in the fields', async () => {
    const file = path.join(dir, 'main.log');
    const logger = createFileLogger(file);
    logger.error(`refused ${JWT_A} then ${JWT_B}`, { header: `Bearer ${JWT_B}` });
    await logger.flush();
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('eyJ');
    const [line] = await lines(file);
    expect(line).toMatchObject({ message: 'refused [token] then [token]', header: 'Bearer [token]' });
  });

  it('masks the secrets the redactor knows at the time of writing, in the message and in the fields', async () => {
    const file = path.join(dir, 'main.log');
    const redactor = createRedactor();
    const logger = createFileLogger(file, (text) => redactor.apply(text));
    logger.info('before hunter2-secret', { note: 'hunter2-secret' });
    redactor.add('hunter2-secret');
    logger.info('after hunter2-secret', { note: 'hunter2-secret twice: hunter2-secret' });
    await logger.flush();
    const [before, after] = await lines(file);
    expect(before).toMatchObject({ message: 'before hunter2-secret', note: 'hunter2-secret' });
    expect(after).toMatchObject({ message: 'after [redacted]', note: '[redacted] twice: [redacted]' });
  });

  it('writes debug lines only when asked to', async () => {
    const quiet = path.join(dir, 'quiet.log');
    const chatty = path.join(dir, 'chatty.log');
    const off = createFileLogger(quiet, (text) => text, { debug: false });
    const on = createFileLogger(chatty, (text) => text, { debug: true });
    off.debug('GET /phonenumbers');
    off.info('kept');
    on.debug('GET /phonenumbers', { status: 200 });
    await Promise.all([off.flush(), on.flush()]);
    expect((await lines(quiet)).map((line) => line['level'])).toEqual(['info']);
    expect(await lines(chatty)).toEqual([expect.objectContaining({ level: 'debug', status: 200 })]);
  });

  it('takes NOC_DEBUG=1 from the environment when not told', async () => {
    const previous = process.env['NOC_DEBUG'];
    try {
      process.env['NOC_DEBUG'] = '1';
      const file = path.join(dir, 'env.log');
      const logger = createFileLogger(file);
      logger.debug('traced');
      await logger.flush();
      expect((await lines(file)).map((line) => line['message'])).toEqual(['traced']);
      process.env['NOC_DEBUG'] = '0';
      const other = path.join(dir, 'env-off.log');
      const silent = createFileLogger(other);
      silent.debug('not traced');
      silent.info('kept');
      await silent.flush();
      expect((await lines(other)).map((line) => line['message'])).toEqual(['kept']);
    } finally {
      if (previous === undefined) delete process.env['NOC_DEBUG'];
      else process.env['NOC_DEBUG'] = previous;
    }
  });

  it('keeps writing after a line could not be written', async () => {
    const file = path.join(dir, 'main.log');
    const logger = createFileLogger(file);
    logger.info('first');
    await logger.flush();
    await rm(file);
    // a folder where the log file was: appending fails, the logger neither throws nor stops for good
    await mkdir(file);
    logger.info('lost');
    await expect(logger.flush()).resolves.toBeUndefined();
    await rm(file, { recursive: true });
    logger.info('after');
    await logger.flush();
    expect((await lines(file)).map((line) => line['message'])).toEqual(['after']);
  });
});
