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
 * JSON lines in `<userData>/logs/main.log`. Callers never pass secrets; as a second line of defence anything
 * shaped like a JWT is masked, and `redact` (the secrets main currently holds) are masked too.
 */
export function createFileLogger(
  file: string,
  redact: () => readonly string[] = () => [],
  options: { debug?: boolean } = {},
): Logger {
  const debug = options.debug ?? process.env['NOC_DEBUG'] === '1';
  let queue: Promise<void> = mkdir(path.dirname(file), { recursive: true }).then(() => undefined);
  const mask = (text: string): string => {
    let masked = text.replace(JWT_LIKE, '[token]');
    for (const secret of redact()) if (secret.length >= 4) masked = masked.split(secret).join('[secret]');
    return masked;
  };
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    const line = mask(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })) + '\n';
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
