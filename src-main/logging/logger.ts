import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** Resolves when every line written so far is on disk. */
  flush(): Promise<void>;
}

const JWT_LIKE = /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g;

/**
 * JSON lines in `<userData>/logs/main.log`. Callers never pass secrets; as a second line of defence the message and
 * every text field go through `redact` (the app's redactor, which knows the live secrets) before they are
 * serialised, so that JSON escaping cannot hide a secret from it, and anything shaped like a JWT is masked.
 */
export function createFileLogger(
  file: string,
  redact: (text: string) => string = (text) => text,
  options: { debug?: boolean } = {},
): Logger {
  const debug = options.debug ?? process.env['NOC_DEBUG'] === '1';
  let queue: Promise<void> = mkdir(path.dirname(file), { recursive: true }).then(() => undefined);
  const mask = (text: string): string => redact(text).replace(JWT_LIKE, '[token]');
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    const masked: LogFields = {};
    for (const [key, value] of Object.entries(fields ?? {}))
      masked[key] = typeof value === 'string' ? mask(value) : value;
    const line = JSON.stringify({ time: new Date().toISOString(), level, message: mask(message), ...masked }) + '\n';
    queue = queue.then(() => appendFile(file, line, { mode: 0o600 })).catch(() => undefined);
  };
  return {
    // Per-request lines only when asked for (NOC_DEBUG=1): a bulk job would otherwise write thousands.
    debug: (message, fields) => {
      if (debug) write('debug', message, fields);
    },
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    flush: () => queue,
  };
}
