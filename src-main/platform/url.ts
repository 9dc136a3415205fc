export type QueryValue = string | number | boolean | null | undefined;
export type QueryInput = Record<string, QueryValue | readonly QueryValue[]>;

/**
 * Joins the base URL with a path or an IRI from the platform (which may already carry the base path and a query),
 * then sets the given query parameters (overriding ones already in the path). Refuses other origins.
 */
export function buildUrl(baseUrl: string, path: string, query?: QueryInput): URL {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  let url: URL;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    url = new URL(path);
    if (url.origin !== base.origin) throw new Error(`Refusing to follow a link to another host: ${url.origin}`);
  } else {
    let relative = path.startsWith('/') ? path : `/${path}`;
    if (
      basePath &&
      relative !== basePath &&
      !relative.startsWith(`${basePath}/`) &&
      !relative.startsWith(`${basePath}?`)
    ) {
      relative = basePath + relative;
    }
    url = new URL(base.origin + relative);
  }
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (Array.isArray(value)) {
        url.searchParams.delete(key);
        for (const item of value as readonly QueryValue[]) {
          if (item !== null && item !== undefined) url.searchParams.append(key, String(item));
        }
      } else if (value !== null && value !== undefined) {
        url.searchParams.set(key, String(value));
      }
    }
  }
  return url;
}
