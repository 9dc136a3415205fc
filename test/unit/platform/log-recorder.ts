import type { PlatformClientOptions } from '../../../src-main/platform/client.ts';
import type { LogFields } from '../../../src-main/platform/http.ts';

export type LogLine = [level: string, message: string, fields: LogFields | undefined];

/** A platform logger that keeps every line it is given, for a test to read. */
export function logRecorder(): { lines: LogLine[]; log: NonNullable<PlatformClientOptions['logger']> } {
  const lines: LogLine[] = [];
  const at =
    (level: string) =>
    (message: string, fields?: LogFields): void => {
      lines.push([level, message, fields]);
    };
  return { lines, log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}
