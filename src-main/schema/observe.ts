import type { SchemaField, SchemaFieldType } from './types.ts';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const IRI = /^\/[a-z0-9-]+(?:\/[a-z0-9-]+)*\/[0-9]+$/i;

function describe(value: unknown): Pick<SchemaField, 'type' | 'format' | 'relation' | 'itemType'> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return { type: 'boolean', format: null, relation: null, itemType: null };
  if (typeof value === 'number') {
    return { type: Number.isInteger(value) ? 'integer' : 'number', format: null, relation: null, itemType: null };
  }
  if (typeof value === 'string') {
    if (IRI.test(value)) {
      return { type: 'iri', format: 'iri-reference', relation: value.replace(/\/[0-9]+$/, ''), itemType: null };
    }
    const format = DATE_TIME.test(value) ? 'date-time' : DATE.test(value) ? 'date' : null;
    return { type: 'string', format, relation: null, itemType: null };
  }
  if (Array.isArray(value)) {
    const first = value.find((entry) => entry !== null && entry !== undefined);
    const itemType: SchemaFieldType | null = first === undefined ? null : (describe(first)?.type ?? null);
    return { type: 'array', format: null, relation: null, itemType };
  }
  return { type: 'object', format: null, relation: null, itemType: null };
}

/**
 * The fields rows actually carry, with types read from their values (JSON-LD keys left out). A field that is
 * null in every row looked at is kept with an unknown type: the platform sends it, so it can be shown.
 */
export function observeFields(rows: readonly Readonly<Record<string, unknown>>[], sample = 200): SchemaField[] {
  const seen = new Map<string, { facts: ReturnType<typeof describe>; nullable: boolean }>();
  for (const row of rows.slice(0, sample)) {
    for (const [name, value] of Object.entries(row)) {
      if (name.startsWith('@')) continue;
      const entry = seen.get(name) ?? { facts: null, nullable: false };
      entry.facts ??= describe(value);
      entry.nullable ||= value === null;
      seen.set(name, entry);
    }
  }
  return [...seen].map(([name, entry]) => ({
    name,
    type: entry.facts?.type ?? 'unknown',
    format: entry.facts?.format ?? null,
    enum: null,
    nullable: entry.nullable,
    readable: true,
    writable: false,
    creatable: false,
    required: false,
    maxLength: null,
    relation: entry.facts?.relation ?? null,
    itemType: entry.facts?.itemType ?? null,
    description: null,
    origin: 'observed',
  }));
}
