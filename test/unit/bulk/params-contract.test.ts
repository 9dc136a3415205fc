import { describe, expect, it } from 'vitest';
import { BULK_ACTION_PARAMS, bulkJobSpecSchema } from '../../../src-preload/contract/bulk.ts';

const spec = (action: string, params: unknown) => ({ resource: 'phone-numbers', action, targets: ['/x/1'], params });

describe('bulk parameters: one union in the contract, discriminated by action', () => {
  it('gives each action its own parameters, defaults applied', () => {
    expect(bulkJobSpecSchema.parse(spec('replace-in-description', { find: 'a' })).params).toEqual({
      find: 'a',
      replace: '',
      caseSensitive: false,
    });
    expect(
      bulkJobSpecSchema.parse({ resource: 'outports', action: 'accept-outport', targets: ['/outports/1'] }),
    ).toEqual({ resource: 'outports', action: 'accept-outport', targets: ['/outports/1'], params: {} });
    expect(bulkJobSpecSchema.parse(spec('bulk-edit', { field: 'costCenter', value: null })).params).toEqual({
      field: 'costCenter',
      value: null,
    });
  });

  it("refuses another action's parameters, unknown keys and unknown actions", () => {
    expect(bulkJobSpecSchema.safeParse(spec('split', { value: 'x' })).success).toBe(false);
    expect(bulkJobSpecSchema.safeParse(spec('split', { size: 10, extra: 1 })).success).toBe(false);
    expect(bulkJobSpecSchema.safeParse(spec('set-cost-center', { value: 5 })).success).toBe(false);
    expect(bulkJobSpecSchema.safeParse(spec('deny-outport', {})).success).toBe(false);
    expect(bulkJobSpecSchema.safeParse(spec('end-cool-off', { force: true })).success).toBe(false);
  });

  it('lists every action the planner and the forms must handle', () => {
    expect(Object.keys(BULK_ACTION_PARAMS).sort()).toEqual(
      [
        'accept-outport',
        'bulk-edit',
        'clear-cost-center',
        'clear-description',
        'create-forward',
        'delete-forward',
        'edit-cell',
        'end-cool-off',
        'import-csv',
        'replace-in-description',
        'set-cost-center',
        'set-description',
        'split',
      ].sort(),
    );
  });
});
