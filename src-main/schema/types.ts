/**
 * The platform schema: what the platform says about its resources (its Hydra API documentation and OpenAPI
 * document), merged with what its data shows and, last, with our built-in assumptions (api-model).
 * Plain data, JSON-serialisable: it is sealed into the offline cache per profile and sent to the renderer as is.
 */

/** The JSON type of a field's values; 'iri' is a string that points at another resource. */
export type SchemaFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'iri' | 'unknown';

/** Where a field (or a fact about it) comes from, strongest first. */
export type SchemaOrigin = 'documented' | 'observed' | 'assumed';

export type SchemaMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SchemaField {
  /** The platform's own name of the field (the JSON key in its answers). */
  readonly name: string;
  readonly type: SchemaFieldType;
  /** OpenAPI format: 'date-time', 'date', 'iri-reference', 'email', … or null. */
  readonly format: string | null;
  /** The values the platform allows, when it lists them (status fields). */
  readonly enum: readonly (string | number)[] | null;
  readonly nullable: boolean;
  readonly readable: boolean;
  /** Accepted in an update (PATCH / PUT) body. */
  readonly writable: boolean;
  /** Accepted in a create (POST) body. */
  readonly creatable: boolean;
  /** Must be sent when creating. */
  readonly required: boolean;
  readonly maxLength: number | null;
  /** For relations: the collection path the IRI points into ('/orders'), or the target class when no path is known. */
  readonly relation: string | null;
  /** For arrays: the type of one element. */
  readonly itemType: SchemaFieldType | null;
  readonly description: string | null;
  /** Where the field itself is known from. */
  readonly origin: SchemaOrigin;
}

export type FilterType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'unknown';

export interface SchemaFilter {
  /** The query parameter exactly as the platform documents it, e.g. 'orderId', 'excludedNumberPoolIds[]'. */
  readonly name: string;
  readonly type: FilterType;
  readonly required: boolean;
  readonly description: string | null;
  readonly origin: SchemaOrigin;
}

export interface ResourceSchema {
  /** Collection path, e.g. '/phonenumbers'. */
  readonly path: string;
  /** The class / @type of the items, e.g. 'PhoneNumber'; null when nothing says. */
  readonly type: string | null;
  /** In the platform's order. */
  readonly fields: readonly SchemaField[];
  readonly filters: readonly SchemaFilter[];
  /** Methods on the collection and its items together. */
  readonly methods: readonly SchemaMethod[];
  readonly itemsPerPage: { readonly default: number | null; readonly maximum: number | null };
  readonly origin: SchemaOrigin;
}

export type SchemaProblem =
  /** No JSON-LD answer linked a Hydra documentation, and the named URL (if any) served none. */
  | 'hydra-missing'
  | 'hydra-unreadable'
  | 'openapi-missing'
  | 'openapi-unreadable'
  /** The platform could not be reached: the schema is the last one read (or the built-in model). */
  | 'unreachable';

/** What discovery found: the documents it read, or why it read none. */
export interface SchemaSources {
  /** Absolute URL of the Hydra ApiDocumentation read, or null. */
  readonly hydraUrl: string | null;
  /** Absolute URL of the OpenAPI document read, or null. */
  readonly openApiUrl: string | null;
  /** '3.0.x' / '3.1.x' as the document states it. */
  readonly openApiVersion: string | null;
  /** Why a document is missing; empty when both were read. The renderer words them (EN/NL). */
  readonly problems: readonly SchemaProblem[];
}

/** The platform schema of one profile. */
export interface PlatformSchema {
  readonly profileId: string;
  /** 'documented': at least one document was read; 'assumed': none, the built-in model applies. */
  readonly basis: 'documented' | 'assumed';
  /** When the documents were read from the platform (epoch ms); null when never. */
  readonly fetchedAt: number | null;
  /** True when this schema was read from the cache because the platform could not be asked. */
  readonly fromCache: boolean;
  readonly sources: SchemaSources;
  /** By collection path. */
  readonly resources: Readonly<Record<string, ResourceSchema>>;
}

/** How one logical field of the registry was matched to a platform field. */
export type BindingState =
  /** The platform's field has our name (and a fitting type). */
  | 'exact'
  /** Matched through the alias table (another casing or wording), type checked. */
  | 'alias'
  /** Nothing documented or sent to check against: our name is used as an assumption. */
  | 'assumed'
  /** The platform describes the resource but has no field that fits: the column is replaced by the platform's own. */
  | 'unresolved';

export interface FieldBinding {
  /** The registry's name, e.g. 'costCenter', 'coolOffUntil'. */
  readonly logical: string;
  /** The platform's name to read and write; equals `logical` when assumed; null when unresolved. */
  readonly platform: string | null;
  readonly state: BindingState;
  /** The merged platform field, when there is one. */
  readonly field: SchemaField | null;
  /** Our status value → the platform's spelling, for the values that could be matched. */
  readonly values: Readonly<Record<string, string>>;
}

/** A registry resource bound to the platform schema: every logical field resolved to the platform's name. */
export interface ResourceBinding {
  readonly path: string;
  readonly fields: Readonly<Record<string, FieldBinding>>;
  /** Platform fields no logical field claims, in the platform's order: shown under their own name. */
  readonly unclaimed: readonly SchemaField[];
  /** The merged schema the binding was made against. */
  readonly schema: ResourceSchema;
}
