export const HYDRA_API_DOCUMENTATION = 'http://www.w3.org/ns/hydra/core#apiDocumentation';

/** The targets of a Link header with the given relation (RFC 8288: `<url>; rel="a b"`, comma-separated). */
export function linkTargets(header: string | null, relation: string): string[] {
  if (!header) return [];
  const targets: string[] = [];
  for (const match of header.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? '');
    const relations = (rel?.[1] ?? rel?.[2] ?? '').split(/\s+/);
    if (relations.includes(relation)) targets.push(match[1]!);
  }
  return targets;
}
