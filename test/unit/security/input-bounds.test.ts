import { describe, expect, it } from 'vitest';
import { channels } from '../../../src-preload/contract/channels.ts';

describe('bounds in the IPC contract', () => {
  const columnState = channels['grid:column-state:set'].input;
  it('refuses a column id longer than any field name', () => {
    const state = [{ colId: 'x'.repeat(10_000), width: 100 }];
    expect(columnState.safeParse({ resource: 'phone-numbers', state }).success).toBe(false);
    expect(columnState.safeParse({ resource: 'phone-numbers', state: [{ colId: 'number' }] }).success).toBe(true);
  });

  it('refuses more targets per job than a grid holds', () => {
    const plan = channels['bulk:plan'].input;
    const targets = Array.from({ length: 100_001 }, (_, i) => `/phonenumbers/${i}`);
    expect(plan.safeParse({ resource: 'phone-numbers', action: 'set-cost-center', targets }).success).toBe(false);
  });
});
