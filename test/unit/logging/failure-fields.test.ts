import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { failureFields } from '../../../src-main/logging/failure-fields.ts';

describe('failureFields', () => {
  it("keeps a SQLite failure's codes and text", () => {
    let failure: unknown;
    try {
      new DatabaseSync(':memory:').exec('SELECT * FROM missing');
    } catch (error) {
      failure = error;
    }
    expect(failureFields(failure)).toEqual({
      code: 'ERR_SQLITE_ERROR',
      errcode: 1,
      error: 'no such table: missing',
    });
  });

  it("keeps a file system failure's code and text, and no code it does not have", () => {
    const failure = Object.assign(new Error("ENOSPC: no space left on device, open '/tmp/j-wal'"), { code: 'ENOSPC' });
    expect(failureFields(failure)).toEqual({
      code: 'ENOSPC',
      errcode: null,
      error: "ENOSPC: no space left on device, open '/tmp/j-wal'",
    });
    expect(failureFields(new Error('plain'))).toEqual({ code: null, errcode: null, error: 'plain' });
  });

  it('takes codes of the wrong type as none, and something thrown that is no error as its text', () => {
    expect(failureFields({ code: 28, errcode: '5' })).toEqual({ code: null, errcode: null, error: '[object Object]' });
    expect(failureFields('gone')).toEqual({ code: null, errcode: null, error: 'gone' });
    expect(failureFields(null)).toEqual({ code: null, errcode: null, error: 'null' });
  });
});
