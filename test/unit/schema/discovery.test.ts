import { describe, expect, it } from 'vitest';
import { discoverDocuments, type DocsResponse } from '../../../src-main/schema/discovery.ts';
import { hydraDocumentation, openApi31 } from './fixtures.ts';

class Missing extends Error {}
class Unreachable extends Error {}

const LINK = '<https://platform.example/api/docs.jsonld>; rel="http://www.w3.org/ns/hydra/core#apiDocumentation"';

function platform(answers: Record<string, DocsResponse>): {
  fetch: (path: string) => Promise<DocsResponse>;
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (path) => {
      asked.push(path);
      const answer = answers[path];
      if (!answer) throw new Missing(path);
      return answer;
    },
  };
}

const ok = (body: unknown, link?: string): DocsResponse => ({
  headers: new Headers(link ? { link } : {}),
  body,
});

const options = { now: () => 42, isUnreachable: (failure: unknown) => failure instanceof Unreachable };

describe('discovering the documentation', () => {
  it('follows the Link header to the Hydra documentation, reads the entrypoint and the OpenAPI document beside it', async () => {
    const served = platform({
      '/': ok({ '@id': '/', '@type': 'Entrypoint', phoneNumber: '/phonenumbers' }, LINK),
      'https://platform.example/api/docs.jsonld': ok(hydraDocumentation),
      'https://platform.example/api/docs.json': ok(openApi31),
    });
    const found = await discoverDocuments(served.fetch, options);
    expect(found.sources).toEqual({
      hydraUrl: 'https://platform.example/api/docs.jsonld',
      openApiUrl: 'https://platform.example/api/docs.json',
      openApiVersion: '3.1.0',
      problems: [],
    });
    expect(found.entrypoint).toEqual({ phoneNumber: '/phonenumbers' });
    expect(found.fetchedAt).toBe(42);
  });

  it('takes a documentation URL named in the profile, and says what is missing or unreadable', async () => {
    const served = platform({ '/': ok({}), '/custom/openapi.json': ok({ swagger: '2.0' }) });
    const found = await discoverDocuments(served.fetch, { ...options, documentationUrl: '/custom/openapi.json' });
    expect(found.sources.problems).toEqual(['hydra-missing', 'openapi-unreadable']);
    expect(served.asked).toEqual(['/', '/custom/openapi.json', '/docs.json', '/docs.jsonopenapi']);
  });

  it('reads past candidates that are not documentation, and then reports no problem', async () => {
    const served = platform({
      '/': ok({ phoneNumber: '/phonenumbers' }, LINK),
      '/named/docs.jsonld': ok({ not: 'hydra' }),
      'https://platform.example/api/docs.jsonld': ok(hydraDocumentation),
      'https://platform.example/api/docs.json': ok({ swagger: '2.0' }),
      '/docs.json': ok(openApi31),
    });
    const found = await discoverDocuments(served.fetch, { ...options, documentationUrl: '/named/docs.jsonld' });
    expect(found.sources).toMatchObject({
      hydraUrl: 'https://platform.example/api/docs.jsonld',
      openApiUrl: '/docs.json',
      problems: [],
    });
    expect(served.asked.slice(0, 3)).toEqual(['/', '/named/docs.jsonld', 'https://platform.example/api/docs.jsonld']);
  });

  it('fails as a whole when the platform cannot be reached, so the last copy keeps serving', async () => {
    const fetch = (): Promise<DocsResponse> => Promise.reject(new Unreachable('offline'));
    await expect(discoverDocuments(fetch, options)).rejects.toBeInstanceOf(Unreachable);
  });
});
