import { describe, expect, it } from 'vitest';
import { parseErrorBody, PlatformError, type PlatformErrorInit } from '../../../src-main/platform/errors.ts';
import { dutch, english } from '../../support/ui-text.ts';

const failure = (init: Omit<PlatformErrorInit, 'method' | 'path'>): PlatformError =>
  new PlatformError({ method: 'PATCH', path: '/phonenumbers/7', ...init });

describe('what an operator reads for each platform failure', () => {
  it.each<[string, Omit<PlatformErrorInit, 'method' | 'path'>, string, string]>([
    ['network', { kind: 'network' }, 'PLATFORM_UNREACHABLE', 'The platform cannot be reached'],
    ['timeout', { kind: 'timeout', timeoutMs: 12_300 }, 'PLATFORM_TIMEOUT', 'did not answer within 13 s'],
    ['timeout, no limit given', { kind: 'timeout' }, 'PLATFORM_TIMEOUT', 'did not answer within 30 s'],
    ['cancelled', { kind: 'cancelled' }, 'CANCELLED', 'The request was cancelled.'],
    ['unknown outcome', { kind: 'unknown-outcome' }, 'PLATFORM_UNKNOWN_OUTCOME', 'No confirmation arrived'],
    ['signed out', { kind: 'signed-out', status: 401 }, 'PLATFORM_SIGNED_OUT', 'Signed out'],
    ['rate limited', { kind: 'rate-limited' }, 'PLATFORM_RATE_LIMITED', 'wait a moment and try again'],
    ['rate limited, a wait', { kind: 'rate-limited', retryAfterMs: 1_500 }, 'PLATFORM_RATE_LIMITED', 'wait 2 s'],
    ['unavailable', { kind: 'unavailable', status: 503 }, 'PLATFORM_UNAVAILABLE', 'The platform is unavailable'],
    [
      'too large',
      { kind: 'response-too-large', maxBytes: 64 * 1_048_576 },
      'PLATFORM_RESPONSE_TOO_LARGE',
      'larger than 64 MiB',
    ],
    [
      '400 with values',
      { kind: 'http', status: 400, violations: [{ field: 'costCenter', message: 'Too long.' }] },
      'PLATFORM_HTTP_400',
      'refused the values: costCenter: Too long.',
    ],
    [
      '422 without values',
      { kind: 'http', status: 422 },
      'PLATFORM_HTTP_422',
      'refused the request as invalid (code 422)',
    ],
    ['401', { kind: 'http', status: 401 }, 'PLATFORM_HTTP_401', 'refused the sign-in'],
    ['403', { kind: 'http', status: 403 }, 'PLATFORM_HTTP_403', 'Access denied'],
    ['404', { kind: 'http', status: 404 }, 'PLATFORM_HTTP_404', 'Not found'],
    ['405', { kind: 'http', status: 405 }, 'PLATFORM_HTTP_405', 'does not allow this on this item'],
    ['409', { kind: 'http', status: 409 }, 'PLATFORM_HTTP_409', 'a conflict'],
    ['415', { kind: 'http', status: 415 }, 'PLATFORM_HTTP_415', 'refused the format of the request'],
    ['429', { kind: 'http', status: 429 }, 'PLATFORM_HTTP_429', 'request limit was reached'],
    ['500', { kind: 'http', status: 500 }, 'PLATFORM_HTTP_500', 'a server error (code 500)'],
    ['502', { kind: 'http', status: 502 }, 'PLATFORM_HTTP_502', 'a server error (code 502)'],
    ['499', { kind: 'http', status: 499 }, 'PLATFORM_HTTP_499', 'refused the request (code 499)'],
    ['no status', { kind: 'http' }, 'PLATFORM_HTTP', 'refused the request (code ?)'],
  ])('%s', (_name, init, code, words) => {
    const error = failure(init);
    expect(error.code).toBe(code);
    expect(error.toJSON().code).toBe(code);
    expect(english(error.text)).toContain(words);
    // the Dutch text is a text of its own, never the English one or a catalog key
    expect(dutch(error.text)).not.toBe(english(error.text));
    expect(dutch(error.text)).not.toMatch(/^platform\./);
    expect(english(error.text)).not.toMatch(/PATCH|\/phonenumbers/);
  });

  it('the platform’s own words follow the text, except where no answer came', () => {
    const said = 'Cost center is locked.';
    expect(english(failure({ kind: 'http', status: 409, platformMessage: said }).text)).toBe(
      'The platform reported a conflict with the current state of the item. The platform said: “Cost center is locked.”',
    );
    expect(english(failure({ kind: 'network', platformMessage: said }).text)).not.toContain(said);
    expect(english(failure({ kind: 'timeout', platformMessage: said }).text)).not.toContain(said);
  });
});

describe('the English message for the log', () => {
  it.each<[Omit<PlatformErrorInit, 'method' | 'path'>, string]>([
    [{ kind: 'unknown-outcome', status: 502 }, 'No confirmation arrived (HTTP 502): the change may have been applied'],
    [{ kind: 'unknown-outcome' }, 'No confirmation arrived: the change may have been applied'],
    [{ kind: 'signed-out', status: 401 }, 'Signed out: the platform refused the credentials (HTTP 401) (expired'],
    [{ kind: 'signed-out' }, 'Signed out: the platform refused the credentials (expired'],
    [{ kind: 'rate-limited', retryAfterMs: 2_000 }, "The platform's rate limit was reached; it asks to wait 2 s. The"],
    [{ kind: 'rate-limited' }, "The platform's rate limit was reached. The request was not applied"],
    [{ kind: 'unavailable', status: 503 }, 'kept answering with server errors (HTTP 503) and the console has stopped'],
    [{ kind: 'unavailable' }, 'kept answering with server errors and the console has stopped retrying'],
    [{ kind: 'response-too-large', maxBytes: 8 * 1_048_576 }, "The platform's answer is larger than 8 MiB;"],
    [{ kind: 'http', status: 400 }, 'The platform rejected the request as invalid (HTTP 400).'],
    [{ kind: 'http', status: 422, violations: [] }, 'The platform rejected the request as invalid (HTTP 422).'],
    [{ kind: 'http', status: 405 }, 'The platform does not allow this action on this item.'],
    [
      { kind: 'http', status: 409, platformMessage: 'Locked.' },
      'The platform reported a conflict. The platform said: "Locked."',
    ],
    [{ kind: 'http', status: 503 }, 'The platform had a server error (HTTP 503).'],
    [{ kind: 'http', status: 418 }, 'The request failed with HTTP 418.'],
    [{ kind: 'http' }, 'The request failed with HTTP ?.'],
  ])('%j', (init, words) => {
    expect(failure(init).message).toContain(words);
  });

  it('names the error, keeps its cause, and gives the details that were known', () => {
    const cause = new Error('socket hang up');
    const error = failure({ kind: 'http', status: 409, platformMessage: 'Locked.', retryAfterMs: 3_000, cause });
    expect(error.name).toBe('PlatformError');
    expect(error.cause).toBe(cause);
    // no cause given: none at all, not a cause that is undefined (the log would print one)
    expect('cause' in failure({ kind: 'network' })).toBe(false);
    expect(error.toJSON().details).toMatchObject({ status: 409, platformMessage: 'Locked.', retryAfterMs: 3_000 });
    const bare = failure({ kind: 'network' }).toJSON().details;
    expect('status' in bare || 'platformMessage' in bare || 'retryAfterMs' in bare).toBe(false);
  });
});

describe('the platform’s violations', () => {
  it('take their text from a title where they carry no message', () => {
    expect(
      parseErrorBody({ violations: [{ propertyPath: 'number', title: 'Not a valid number.' }] }).violations,
    ).toEqual([{ field: 'number', message: 'Not a valid number.' }]);
    // one with neither says nothing the operator could use: left out
    expect(parseErrorBody({ violations: [{ propertyPath: 'number' }] }).violations).toEqual([]);
  });
});

describe('the platform’s own words, read from its answer', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'problem+json detail first',
      { detail: 'Access Denied.', 'hydra:description': 'x', title: 'An error occurred' },
      'Access Denied.',
    ],
    ['then hydra:description', { 'hydra:description': 'Item is locked.', description: 'x' }, 'Item is locked.'],
    ['then description', { description: 'Number is in use.', message: 'x' }, 'Number is in use.'],
    ['then message', { message: 'Invalid credentials.', error: 'x' }, 'Invalid credentials.'],
    ['then error', { error: 'invalid_grant', title: 'x' }, 'invalid_grant'],
    ['then title', { title: 'Conflict', 'hydra:title': 'x' }, 'Conflict'],
    ['hydra:title last', { 'hydra:title': 'An error occurred' }, 'An error occurred'],
  ])('%s', (_name, body, said) => {
    expect(parseErrorBody(body)).toStrictEqual({ platformMessage: said, violations: [] });
  });

  it('pass over a text that is only spaces, and lose the spaces around the one they keep', () => {
    expect(parseErrorBody({ detail: '  ', title: ' Item is locked. ' })).toStrictEqual({
      platformMessage: 'Item is locked.',
      violations: [],
    });
    // nothing said: no platformMessage at all, not one that is undefined
    expect(parseErrorBody({ detail: ' ', violations: [] })).toStrictEqual({ violations: [] });
  });

  it('take a plain-text answer of up to 500 characters, trimmed, but not an HTML page or an empty one', () => {
    expect(parseErrorBody('  Bad gateway\n')).toStrictEqual({ platformMessage: 'Bad gateway', violations: [] });
    expect(parseErrorBody(' \n ')).toStrictEqual({ violations: [] });
    expect(parseErrorBody('\n  <html><body>502</body></html>')).toStrictEqual({ violations: [] });
    const longest = 'Try again later. '.repeat(30).slice(0, 500);
    expect(parseErrorBody(longest)).toStrictEqual({ platformMessage: longest, violations: [] });
    expect(parseErrorBody(`${longest}x`)).toStrictEqual({ violations: [] });
  });

  it('are nothing when the answer is neither text nor an object', () => {
    for (const body of [undefined, null, 42, true]) expect(parseErrorBody(body)).toStrictEqual({ violations: [] });
  });

  it('skip violations that are not objects', () => {
    const body = {
      violations: [null, undefined, 'costCenter is too long', 7, { propertyPath: 'costCenter', message: 'Too long.' }],
    };
    expect(parseErrorBody(body).violations).toEqual([{ field: 'costCenter', message: 'Too long.' }]);
  });
});
