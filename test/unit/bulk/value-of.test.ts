import { describe, expect, it } from 'vitest';
import { valueOf } from '../../../src-main/bulk/types.ts';

describe('a platform value as a job records it', () => {
  it('keeps text, numbers and yes/no as they are, writes other values as JSON, and absent as null', () => {
    expect(valueOf('CC-1')).toBe('CC-1');
    expect(valueOf(1000)).toBe(1000);
    expect(valueOf(false)).toBe(false);
    expect(valueOf({ '@id': '/customers/7' })).toBe('{"@id":"/customers/7"}');
    expect(valueOf(undefined)).toBeNull();
    expect(valueOf(null)).toBeNull();
  });
});
