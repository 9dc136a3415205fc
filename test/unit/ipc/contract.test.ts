import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../src-preload/contract/channels.ts';
import { eventNames } from '../../../src-preload/contract/events.ts';

describe('the IPC contract', () => {
  it('names every request channel (a new channel is a conscious change of this snapshot)', () => {
    expect([...channelNames].sort()).toMatchInlineSnapshot(`
      [
        "app:info",
        "connection:budget",
        "connection:connect",
        "connection:disconnect",
        "connection:status",
        "keychain:status",
        "platform:counts",
        "profiles:create",
        "profiles:delete",
        "profiles:list",
        "profiles:update",
        "settings:get",
        "settings:update",
        "shell:open-external",
      ]
    `);
  });

  it('names every main-to-renderer event', () => {
    expect([...eventNames].sort()).toMatchInlineSnapshot(`
      [
        "budget:changed",
        "connection:changed",
        "profiles:changed",
        "settings:changed",
      ]
    `);
  });
});
