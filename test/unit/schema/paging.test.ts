import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../../src-main/platform/errors.ts';
import type { ListAllOptions, ListAllResult } from '../../../src-main/platform/hydra.ts';
import { createPageSizer, type ListAll } from '../../../src-main/schema/paging.ts';

const refusal = (platformMessage: string): PlatformError =>
  new PlatformError({ kind: 'http', status: 400, method: 'GET', path: '/phonenumbers', platformMessage });

/** A platform that accepts pages up to `max` and answers 400 with `message` above it. */
function platform(max: number, message: string): { list: ListAll; asked: number[] } {
  const asked: number[] = [];
  const list = (async <T>(_path: string, options?: ListAllOptions): Promise<ListAllResult<T>> => {
    const size = options?.itemsPerPage ?? 0;
    asked.push(size);
    if (size > max) throw refusal(message);
    return { items: [], totalItems: 0, requests: 1, complete: true, gap: null } as unknown as ListAllResult<T>;
  }) as ListAll;
  return { list, asked };
}

describe('the page sizer', () => {
  it('steps down when the platform refuses the page size, and remembers what it accepted', async () => {
    const sizer = createPageSizer(() => null);
    const { list, asked } = platform(100, 'The itemsPerPage parameter must not be greater than 100.');
    await sizer.listAll(list, '/phonenumbers');
    expect(asked).toEqual([500, 250, 200, 100]);
    expect(sizer.sizeFor('/phonenumbers')).toBe(100);
  });

  it('does not step down for a 400 that is about something else (a refused filter, a validation error)', async () => {
    const sizer = createPageSizer(() => 500);
    const { list, asked } = platform(0, 'orderId: This value should be of type int.');
    await expect(sizer.listAll(list, '/phonenumbers')).rejects.toMatchObject({ status: 400 });
    expect(asked).toEqual([500]);
  });
});
