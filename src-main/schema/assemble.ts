import type { ResourceModel } from '../api-model/index.ts';
import type { DiscoveredDocuments } from './discovery.ts';
import type { HydraClass } from './hydra-reader.ts';
import { mergeResource } from './merge.ts';
import type { PlatformSchema, ResourceSchema, SchemaField, SchemaProblem } from './types.ts';

/** The collection path a model's grid lists (a report endpoint for some). */
export const listPathOf = (model: ResourceModel): string => model.listPath ?? model.path;

/** Hydra names classes, not paths: the entrypoint maps its collection properties to paths. */
function hydraClassPaths(docs: DiscoveredDocuments): Map<string, string> {
  const byClass = new Map<string, string>();
  for (const [property, className] of Object.entries(docs.hydra?.collections ?? {})) {
    const path = docs.entrypoint[property];
    if (path) byClass.set(className, path.replace(/\?.*$/, ''));
  }
  return byClass;
}

function relationsAsPaths(fields: readonly SchemaField[], classPaths: ReadonlyMap<string, string>): SchemaField[] {
  return fields.map((field) =>
    field.relation && !field.relation.startsWith('/') && classPaths.has(field.relation)
      ? { ...field, relation: classPaths.get(field.relation)! }
      : field,
  );
}

export interface AssembleInput {
  readonly profileId: string;
  readonly models: readonly ResourceModel[];
  /** The documents last read (from the platform or the cache), or null when never read. */
  readonly docs: DiscoveredDocuments | null;
  /** Fields seen in rows, by collection path. */
  readonly observed: ReadonlyMap<string, readonly SchemaField[]>;
  readonly fromCache: boolean;
  /** Added to the documents' own problems (e.g. 'unreachable'). */
  readonly problems?: readonly SchemaProblem[];
}

/** Every documented resource, and every resource of our model merged with what the platform says about it. */
export function assembleSchema(input: AssembleInput): PlatformSchema {
  const { docs } = input;
  const classPaths = docs ? hydraClassPaths(docs) : new Map<string, string>();
  const hydraByPath = new Map<string, HydraClass>();
  for (const entry of docs?.hydra?.classes ?? []) {
    const path =
      classPaths.get(entry.name) ??
      docs?.openApi?.resources.find((resource) => resource.type === entry.name)?.path ??
      input.models.find((model) => model.type === entry.name)?.path;
    if (path) hydraByPath.set(path, { ...entry, fields: relationsAsPaths(entry.fields, classPaths) });
  }
  const openApiByPath = new Map((docs?.openApi?.resources ?? []).map((resource) => [resource.path, resource]));
  const paths = new Set<string>([
    ...input.models.map(listPathOf),
    ...openApiByPath.keys(),
    ...hydraByPath.keys(),
    ...input.observed.keys(),
  ]);
  const resources: Record<string, ResourceSchema> = {};
  for (const path of paths) {
    const model = input.models.find((candidate) => listPathOf(candidate) === path) ?? null;
    const openApi = openApiByPath.get(path) ?? null;
    resources[path] = mergeResource(
      model,
      path,
      {
        openApi: openApi ? { ...openApi, fields: relationsAsPaths(openApi.fields, classPaths) } : null,
        hydra: hydraByPath.get(path) ?? null,
      },
      input.observed.get(path) ?? [],
    );
  }
  const documented = docs !== null && (docs.openApi !== null || docs.hydra !== null);
  return {
    profileId: input.profileId,
    basis: documented ? 'documented' : 'assumed',
    fetchedAt: docs?.fetchedAt ?? null,
    fromCache: input.fromCache,
    sources: {
      hydraUrl: docs?.sources.hydraUrl ?? null,
      openApiUrl: docs?.sources.openApiUrl ?? null,
      openApiVersion: docs?.sources.openApiVersion ?? null,
      problems: [...new Set([...(docs?.sources.problems ?? []), ...(input.problems ?? [])])],
    },
    resources,
  };
}
