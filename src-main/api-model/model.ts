/**
 * Shared vocabulary for describing what we assume about a platform resource.
 * The docs name few fields; where they are silent we still need a shape for the demo data
 * and for the resource registry. Every field says whether the docs back it or we guessed it,
 * so a real tenant that differs can be reconciled in one place.
 */

/** A JSON-LD IRI such as "/phonenumbers/123". */
export type Iri = string;

/** Every item the platform returns. Unknown fields are kept: the platform adds fields without notice. */
export interface JsonLdResource {
  '@id': Iri;
  '@type': string;
  id: number;
  [field: string]: unknown;
}

export type FieldKind =
  'integer' | 'number' | 'string' | 'boolean' | 'iri' | 'datetime' | 'date' | 'enum' | 'object' | 'array';

export interface FieldAssumption {
  readonly name: string;
  readonly kind: FieldKind;
  /** 'documented': named in platform-api.txt; 'assumed': our guess. */
  readonly source: 'documented' | 'assumed';
  readonly nullable?: boolean;
  /** For kind 'iri': the collection path the IRI points into. */
  readonly iriOf?: string;
  /** For kind 'enum': the values we have seen or expect; a client must tolerate others. */
  readonly values?: readonly string[];
  readonly note?: string;
}

export interface FilterAssumption {
  readonly name: string;
  readonly kind: 'integer' | 'string' | 'integer[]' | 'flag';
  readonly source: 'documented' | 'assumed';
  readonly note?: string;
}

/** Validation rule for a writable field, shared by the demo server and the client-side preview. */
export type WritableRule =
  | {
      readonly kind: 'string';
      readonly nullable: boolean;
      readonly maxLength: number;
      readonly pattern?: RegExp;
      readonly patternMessage?: string;
    }
  | { readonly kind: 'iri'; readonly nullable: boolean; readonly iriOf: string }
  | { readonly kind: 'datetime'; readonly nullable: boolean };

export interface ResourceModel {
  /** Collection path, e.g. "/phonenumbers". Items live at `${path}/{id}`. */
  readonly path: string;
  /** Hydra @type of the items. */
  readonly type: string;
  /** Where the list is read from when it differs from `path` (e.g. a report endpoint). */
  readonly listPath?: string;
  readonly defaultItemsPerPage: number;
  readonly maxItemsPerPage: number;
  readonly fields: readonly FieldAssumption[];
  readonly filters: readonly FilterAssumption[];
  /** Fields accepted by PATCH (merge-patch) and their rules. */
  readonly writable: Readonly<Record<string, WritableRule>>;
  /** Fields required / accepted on POST, when the resource can be created. */
  readonly creatable?: Readonly<Record<string, WritableRule & { readonly required: boolean }>>;
  readonly methods: readonly ('GET' | 'POST' | 'PATCH' | 'DELETE')[];
  /** Needs superuser or wholesaler rights (403 "Access Denied." otherwise). */
  readonly requiresWholesaler?: boolean;
  /** What the docs say, and what they leave to us. */
  readonly note: string;
}

export const DEFAULT_ITEMS_PER_PAGE = 50;
export const MAX_ITEMS_PER_PAGE = 500;

export function iriFor(model: Pick<ResourceModel, 'path'>, id: number): Iri {
  return `${model.path}/${id}`;
}

/** The numeric id at the end of an IRI of the given collection, or null when it is not one. */
export function idFromIri(model: Pick<ResourceModel, 'path'>, iri: unknown): number | null {
  if (typeof iri !== 'string' || !iri.startsWith(`${model.path}/`)) return null;
  const rest = iri.slice(model.path.length + 1);
  if (!/^[1-9][0-9]{0,15}$/.test(rest)) return null;
  return Number(rest);
}
