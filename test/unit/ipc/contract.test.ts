import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../src-preload/contract/channels.ts';
import { eventNames } from '../../../src-preload/contract/events.ts';

describe('the IPC contract', () => {
  it('names every request channel (a new channel is a conscious change of this snapshot)', () => {
    expect([...channelNames].sort()).toMatchInlineSnapshot(`
      [
        "app:info",
        "blocks:usage",
        "bulk:audit",
        "bulk:cancel",
        "bulk:detail",
        "bulk:discard",
        "bulk:interrupted",
        "bulk:list",
        "bulk:pause",
        "bulk:plan",
        "bulk:plan-undo",
        "bulk:resume",
        "bulk:resume-interrupted",
        "bulk:retry-failed",
        "bulk:start",
        "bulk:values-in-use",
        "cache:clear",
        "cache:info",
        "connection:budget",
        "connection:connect",
        "connection:disconnect",
        "connection:status",
        "connection:test",
        "grid:cancel-refresh",
        "grid:column-state:get",
        "grid:column-state:set",
        "grid:lookups",
        "grid:open",
        "grid:refresh",
        "history:audit",
        "history:export",
        "history:row",
        "history:search",
        "keychain:status",
        "overview:get",
        "platform:counts",
        "platform:get-item",
        "platform:related",
        "profiles:create",
        "profiles:delete",
        "profiles:list",
        "profiles:restore-demo",
        "profiles:update",
        "resources:list",
        "schema:refresh",
        "schema:status",
        "schema:view",
        "search:fill",
        "search:query",
        "search:related",
        "settings:get",
        "settings:update",
      ]
    `);
  });

  it('names every main-to-renderer event', () => {
    expect([...eventNames].sort()).toMatchInlineSnapshot(`
      [
        "app:open-dialog",
        "budget:changed",
        "bulk:event",
        "cache:notice",
        "connection:changed",
        "grid:changes",
        "grid:progress",
        "grid:rows",
        "grid:sync-end",
        "profiles:changed",
        "schema:changed",
        "settings:changed",
      ]
    `);
  });
});
