import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { english } from '../../support/ui-text.ts';
import { startAppHarness, type AppHarness } from './app-harness.ts';

let app: AppHarness;
beforeEach(async () => {
  app = await startAppHarness();
});
afterEach(() => app.close());

describe('platform:get-item reads single items only', () => {
  it('reads an item IRI of a known collection', async () => {
    const demo = app.core.demo.current()!;
    const block = demo.data.numberBlocks.all()[0]!;
    const item = await app.call('platform:get-item', { iri: `/number-blocks/${block.id}` });
    expect(item['@id']).toBe(`/number-blocks/${block.id}`);
  });

  it.each([
    (id: number) => `/number-blocks/${id}/split/10`,
    (id: number) => `/number-blocks/${id}/end-cool-off`,
    () => '/number-blocks',
    () => '/unknown-things/1',
    (id: number) => `/number-blocks/${id}?x=1`,
    (id: number) => `/number-blocks/../number-blocks/${id}`,
  ])('refuses %s and sends nothing to the platform', async (make) => {
    const demo = app.core.demo.current()!;
    const block = demo.data.numberBlocks.all()[0]!;
    const before = demo.data.numberBlocks.size;
    demo.clearLog();
    const error = await app.fail('platform:get-item', { iri: make(block.id) });
    expect(['ITEM_LINK_REFUSED', 'VALIDATION']).toContain(error.code);
    expect(demo.requestLog).toEqual([]);
    expect(demo.data.numberBlocks.size).toBe(before);
  });

  it('the split path in particular is refused by the handler with a clear reason', async () => {
    const demo = app.core.demo.current()!;
    demo.clearLog();
    const error = await app.fail('platform:get-item', {
      iri: `/number-blocks/${demo.data.numberBlocks.all()[0]!.id}/split/10`,
    });
    expect(error.code).toBe('ITEM_LINK_REFUSED');
    expect(english((error.details as { text: Message }).text)).toContain('Nothing was sent');
    expect(demo.requestLog).toEqual([]);
  });
});
