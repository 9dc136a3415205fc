import type { ResourceModel } from '../api-model/index.ts';
import { assumedSchema } from './assumed.ts';
import type { HydraClass } from './hydra-reader.ts';
import type { ResourceSchema, SchemaField } from './types.ts';

/** What the platform documents about one resource, before merging. */
export interface DocumentedResource {
  readonly openApi: ResourceSchema | null;
  readonly hydra: HydraClass | null;
}

/** OpenAPI first for types, enums and limits; Hydra fills what OpenAPI leaves open (relations, unknown types). */
function mergeField(openApi: SchemaField, hydra: SchemaField | undefined, openApiKnowsWrites: boolean): SchemaField {
  if (!hydra) return openApi;
  return {
    ...openApi,
    type: openApi.type === 'unknown' || (openApi.type === 'string' && hydra.type === 'iri') ? hydra.type : openApi.type,
    format: openApi.format ?? hydra.format,
    relation: openApi.relation ?? hydra.relation,
    readable: openApi.readable && hydra.readable,
    writable: openApiKnowsWrites ? openApi.writable : hydra.writable,
    creatable: openApiKnowsWrites ? openApi.creatable : hydra.creatable,
    required: openApiKnowsWrites ? openApi.required : hydra.required,
    description: openApi.description ?? hydra.description,
  };
}

/** Documented fields (OpenAPI then Hydra-only ones), in the platform's order. */
function documentedFields(documented: DocumentedResource): SchemaField[] {
  const openApi = documented.openApi;
  const hydraFields = new Map((documented.hydra?.fields ?? []).map((field) => [field.name, field]));
  const knowsWrites =
    openApi !== null && openApi.methods.some((method) => method === 'PATCH' || method === 'PUT' || method === 'POST');
  const fields = (openApi?.fields ?? []).map((field) => mergeField(field, hydraFields.get(field.name), knowsWrites));
  const named = new Set(fields.map((field) => field.name));
  for (const field of hydraFields.values()) if (!named.has(field.name)) fields.push(field);
  return fields;
}

/**
 * One resource's schema: the platform's documentation, then the fields its data shows that the documentation does
 * not declare, and only when neither says anything, our built-in model.
 */
export function mergeResource(
  model: ResourceModel | null,
  path: string,
  documented: DocumentedResource,
  observed: readonly SchemaField[],
): ResourceSchema {
  const assumed = model ? assumedSchema(model) : null;
  const fields = documentedFields(documented);
  const declared = new Set(fields.map((field) => field.name));
  for (const field of observed) if (!declared.has(field.name)) fields.push(field);
  const openApi = documented.openApi;
  const methods = [...new Set([...(openApi?.methods ?? []), ...(documented.hydra?.methods ?? [])])];
  const isDocumented = openApi !== null || documented.hydra !== null;
  const origin = isDocumented ? 'documented' : fields.length > 0 ? 'observed' : 'assumed';
  return {
    path,
    type: openApi?.type ?? documented.hydra?.name ?? assumed?.type ?? null,
    fields: fields.length > 0 ? fields : (assumed?.fields ?? []),
    filters: openApi && openApi.filters.length > 0 ? openApi.filters : (assumed?.filters ?? []),
    methods: methods.length > 0 ? methods : (assumed?.methods ?? ['GET']),
    itemsPerPage: {
      default: openApi?.itemsPerPage.default ?? assumed?.itemsPerPage.default ?? null,
      maximum: openApi?.itemsPerPage.maximum ?? assumed?.itemsPerPage.maximum ?? null,
    },
    origin,
  };
}
