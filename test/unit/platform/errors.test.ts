import { describe, expect, it } from 'vitest';
import { parseErrorBody, PlatformError } from '../../../src-main/platform/errors.ts';

describe('parseErrorBody', () => {
  it('reads problem+json detail', () => {
    expect(parseErrorBody({ type: 'x', title: 'An error occurred', detail: 'Access Denied.', status: 403 })).toEqual({
      platformMessage: 'Access Denied.',
      violations: [],
    });
  });
  it('reads hydra:description and violations with propertyPath', () => {
    const body = {
      '@type': 'ConstraintViolationList',
      'hydra:title': 'An error occurred',
      'hydra:description': 'costCenter: This value is too long.',
      violations: [{ propertyPath: 'costCenter', message: 'This value is too long.' }, { message: 'Global problem.' }],
    };
    expect(parseErrorBody(body)).toEqual({
      platformMessage: 'costCenter: This value is too long.',
      violations: [
        { field: 'costCenter', message: 'This value is too long.' },
        { field: '', message: 'Global problem.' },
      ],
    });
  });
  it('reads {message} (JWT bundle style) and short plain text, ignores HTML', () => {
    expect(parseErrorBody({ code: 401, message: 'Invalid credentials.' }).platformMessage).toBe('Invalid credentials.');
    expect(parseErrorBody('Bad gateway').platformMessage).toBe('Bad gateway');
    expect(parseErrorBody('<html>nginx</html>').platformMessage).toBeUndefined();
    expect(parseErrorBody(null)).toEqual({ violations: [] });
  });
});

describe('PlatformError', () => {
  const base = { method: 'PATCH', path: '/phonenumbers/7' };

  it.each([
    [401, /expired or the email, password or client ID is wrong.*Re-enter the password/],
    [403, /Access denied.*IP address may not be whitelisted.*superuser\/wholesaler/],
    [404, /Not found: the item/],
    [415, /content type.*merge-patch\+json/],
    [429, /rate limit/],
    [500, /server error \(HTTP 500\)/],
    [503, /server error \(HTTP 503\)/],
  ])('gives HTTP %i an actionable message', (status, pattern) => {
    const error = new PlatformError({ kind: 'http', status, ...base, platformMessage: 'Platform text.' });
    expect(error.userMessage).toMatch(pattern);
    expect(error.userMessage).toContain('Platform text.');
    expect(error.code).toBe(`PLATFORM_HTTP_${status}`);
  });

  it('lists 422 violations', () => {
    const error = new PlatformError({
      kind: 'http',
      status: 422,
      ...base,
      violations: [{ field: 'costCenter', message: 'This value is too long.' }],
    });
    expect(error.userMessage).toBe('The platform rejected the values: costCenter: This value is too long.');
  });

  it.each([
    ['network', /cannot be reached/],
    ['timeout', /did not answer within 30 s/],
    ['cancelled', /cancelled/],
    ['unknown-outcome', /may have been applied.*reconcile/],
    ['signed-out', /Signed out.*Re-enter the password/],
    ['rate-limited', /rate limit.*not applied/],
  ] as const)('describes %s', (kind, pattern) => {
    expect(new PlatformError({ kind, ...base }).userMessage).toMatch(pattern);
  });

  it.each([
    ...(
      ['network', 'timeout', 'cancelled', 'unknown-outcome', 'signed-out', 'rate-limited', 'unavailable'] as const
    ).map((kind) => [kind, undefined] as const),
    ...[400, 401, 403, 404, 405, 409, 415, 422, 429, 500, 502, 418].map((status) => ['http', status] as const),
  ])('names no request in what the operator reads (%s %s)', (kind, status) => {
    const error = new PlatformError({ kind, ...base, ...(status ? { status } : {}), retryAfterMs: 2000 });
    const text = JSON.stringify(error.text) + error.userMessage;
    expect(text).not.toContain('/phonenumbers');
    expect(text).not.toContain('PATCH');
    expect(error.toJSON().details).toMatchObject({ method: 'PATCH', path: '/phonenumbers/7' });
  });

  it('serialises for IPC as {code, message, details} without causes', () => {
    const error = new PlatformError({
      kind: 'http',
      status: 422,
      ...base,
      platformMessage: 'costCenter: too long',
      violations: [{ field: 'costCenter', message: 'too long' }],
      cause: new Error('socket details'),
    });
    const json = error.toJSON();
    expect(json).toEqual({
      code: 'PLATFORM_HTTP_422',
      message: error.userMessage,
      details: {
        kind: 'http',
        status: 422,
        method: 'PATCH',
        path: '/phonenumbers/7',
        platformMessage: 'costCenter: too long',
        violations: [{ field: 'costCenter', message: 'too long' }],
        text: {
          code: 'platform.withPlatformText',
          params: {
            text: { code: 'platform.rejectedValues', params: { list: 'costCenter: too long' } },
            said: 'costCenter: too long',
          },
        },
      },
    });
    expect(JSON.stringify(error)).not.toContain('socket details');
    expect(error.toIpcError()).toEqual(json);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('PlatformError: texts and copies', () => {
  it('lists every violation once, joined, each without its trailing full stops and spaces', () => {
    const error = new PlatformError({
      kind: 'http',
      status: 422,
      method: 'PATCH',
      path: '/phonenumbers/1',
      violations: [
        { field: 'costCenter', message: 'Too long. . ' },
        { field: '', message: 'Bad.\n' },
      ],
    });
    expect(error.text).toEqual({ code: 'platform.rejectedValues', params: { list: 'costCenter: Too long; Bad' } });
  });

  it('says nothing of what the platform said when it said nothing', () => {
    const error = new PlatformError({ kind: 'http', status: 500, method: 'GET', path: '/phonenumbers' });
    expect(error.userMessage).not.toContain('The platform said');
    expect(error.userMessage).not.toContain('undefined');
  });

  it("a redacted copy keeps the time limit, the hold, the size cap, the cause and whether it was the sign-in's answer", () => {
    const hold = { until: 1_000, reason: 'hour' as const };
    const cause = new Error('socket hang up');
    const originals = [
      new PlatformError({ kind: 'timeout', method: 'GET', path: '/p', timeoutMs: 12_000, cause }),
      new PlatformError({ kind: 'rate-limited', method: 'GET', path: '/p', retryAfterMs: 5_000, hold }),
      new PlatformError({ kind: 'response-too-large', method: 'GET', path: '/p', maxBytes: 3 * 1_048_576 }),
      new PlatformError({ kind: 'http', status: 404, method: 'POST', path: '/authentication-token', signIn: true }),
    ];
    for (const original of originals) {
      const copy = original.redacted((text) => text);
      expect(copy).toMatchObject({
        kind: original.kind,
        timeoutMs: original.timeoutMs,
        hold: original.hold,
        maxBytes: original.maxBytes,
        retryAfterMs: original.retryAfterMs,
        signIn: original.signIn,
        userMessage: original.userMessage,
        text: original.text,
      });
      expect(copy.cause).toBe(original.cause);
    }
    expect(originals[0]!.userMessage).toContain('12 s');
    expect(originals[3]!.text).toEqual({ code: 'platform.signInAddress', params: { status: 404 } });
    // only a refusal (4xx) of the sign-in says its address is wrong
    const redirected = new PlatformError({ kind: 'http', status: 302, method: 'POST', path: '/p', signIn: true });
    expect(redirected.text).toEqual({ code: 'platform.failed', params: { status: 302 } });
  });
});
