import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src-main/platform/redact.ts';

const JWT_A = 'eyJhbGciOiJSUzI1NiJ9.eyJ1c2VybmFtZSI6Im5vYyJ9.c2lnbmF0dXJlLW9uZQ';
const JWT_B = 'eyJ0eXAiOiJKV1QifQ.eyJleHAiOjE3OTk5OTk5OTl9.c2lnbmF0dXJlLXR3bw';

describe('the redactor', () => {
  it('masks every JWT in a text, not only the first', () => {
    const redactor = createRedactor();
    expect(redactor.apply(`old ${JWT_A}, new ${JWT_B}, old again ${JWT_A}`)).toBe(
      'old [redacted], new [redacted], old again [redacted]',
    );
  });

  it('masks every occurrence of each secret it was given', () => {
    const redactor = createRedactor();
    redactor.add('hunter2-secret');
    redactor.add('key-1234');
    expect(redactor.apply('hunter2-secret / key-1234 / hunter2-secret')).toBe('[redacted] / [redacted] / [redacted]');
  });
});
