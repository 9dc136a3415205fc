import { describe, expect, it } from 'vitest';
import { buildUrl } from '../../../src-main/platform/url.ts';

describe('the address of a request', () => {
  it('puts the base path before a path without it, once, however many slashes the base ends with', () => {
    expect(buildUrl('https://a.nl/api//', 'phonenumbers').href).toBe('https://a.nl/api/phonenumbers');
    expect(buildUrl('https://a.nl/api', 'phonenumbers').href).toBe('https://a.nl/api/phonenumbers');
    expect(buildUrl('https://a.nl/api', '/api/phonenumbers').href).toBe('https://a.nl/api/phonenumbers');
    expect(buildUrl('https://a.nl/api', '/api').href).toBe('https://a.nl/api');
    expect(buildUrl('https://a.nl/api', '/api?page=2').href).toBe('https://a.nl/api?page=2');
    // a path that only starts with the same letters is another path
    expect(buildUrl('https://a.nl/api', '/apis/x').href).toBe('https://a.nl/api/apis/x');
    expect(buildUrl('https://a.nl', 'phonenumbers').href).toBe('https://a.nl/phonenumbers');
  });

  it('follows a link on the same platform and refuses one elsewhere, named by a scheme anywhere in the case', () => {
    expect(buildUrl('https://a.nl/api', 'https://a.nl/api/phonenumbers/7').href).toBe(
      'https://a.nl/api/phonenumbers/7',
    );
    expect(buildUrl('https://a.nl/api', 'HTTPS://a.nl/api/x').href).toBe('https://a.nl/api/x');
    expect(() => buildUrl('https://a.nl/api', 'http://a.nl/api/x')).toThrow(/another host/);
    // a colon later in a path is no scheme
    expect(buildUrl('https://a.nl/api', '/x/a:b').href).toBe('https://a.nl/api/x/a:b');
  });

  it('sets a list parameter to exactly the values given, leaving out empty ones, replacing what the path had', () => {
    const url = buildUrl('https://a.nl', '/invoices?exclude[]=old&keep=1', {
      'exclude[]': ['invoiceLines', null, undefined, 'invoiceUploads'],
      page: null,
      size: undefined,
    });
    expect(url.searchParams.getAll('exclude[]')).toEqual(['invoiceLines', 'invoiceUploads']);
    expect(url.searchParams.get('keep')).toBe('1');
    expect(url.searchParams.has('page')).toBe(false);
    expect(url.searchParams.has('size')).toBe(false);
  });
});
