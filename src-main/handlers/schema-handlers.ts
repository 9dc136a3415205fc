import { message, type Message } from '../../src-preload/contract/messages.ts';
import type { PlatformSchemaView, SchemaResourceView, SchemaStatus } from '../../src-preload/contract/index.ts';
import { resourceModels, type ResourceModel } from '../api-model/index.ts';
import type { Handler } from '../ipc/router.ts';
import { describeType, getResource, listBoundDescriptors, RESOURCE_IDS } from '../resources/index.ts';
import { listPathOf } from '../schema/assemble.ts';
import { differencesOf } from '../schema/differences.ts';
import type { PlatformSchema, ResourceSchema, SchemaMethod, SchemaService } from '../schema/index.ts';

const OPERATIONS: Readonly<Record<SchemaMethod, SchemaResourceView['operations'][number]>> = {
  GET: 'read',
  POST: 'create',
  PATCH: 'change',
  PUT: 'replace',
  DELETE: 'delete',
};

/** Registry labels of api-model resources: a resource's own view, or the tab that shows it. */
function registryLabels(): Map<string, { id: string; label: Message }> {
  const labels = new Map<string, { id: string; label: Message }>();
  for (const id of RESOURCE_IDS) {
    const definition = getResource(id)!;
    labels.set(definition.model.path, { id, label: definition.descriptor.label });
    for (const tab of definition.descriptor.tabs) {
      const model = definition.tabModels[tab.id];
      if (model) labels.set(model.path, { id, label: tab.label });
    }
  }
  return labels;
}

const modelAt = (path: string): ResourceModel | undefined => resourceModels.find((model) => listPathOf(model) === path);

export function schemaStatus(schema: PlatformSchema | null, service: SchemaService): SchemaStatus | null {
  if (!schema) return null;
  const labels = registryLabels();
  const unresolved: SchemaStatus['unresolved'] = [];
  for (const [path, entry] of labels) {
    for (const field of Object.values(service.binding(path).fields)) {
      if (field.state === 'unresolved') unresolved.push({ resource: entry.label, field: field.logical });
    }
  }
  return {
    profileId: schema.profileId,
    basis: schema.basis,
    fetchedAt: schema.fetchedAt,
    fromCache: schema.fromCache,
    hydra: schema.sources.hydraUrl !== null,
    openApiVersion: schema.sources.openApiVersion,
    problems: [...schema.sources.problems],
    unresolved,
  };
}

function resourceView(
  resource: ResourceSchema,
  service: SchemaService,
  labels: ReturnType<typeof registryLabels>,
  typeLabel: (relation: string | null) => string | null,
): SchemaResourceView {
  const model = modelAt(resource.path);
  const binding = model ? service.binding(model.path) : null;
  const logicalOf = new Map(
    Object.values(binding?.fields ?? {})
      .filter((field) => field.platform && field.state !== 'unresolved')
      .map((field) => [field.platform!, field.logical]),
  );
  const registry = model ? labels.get(model.path) : undefined;
  const name = resource.type ?? resource.path.replace(/^\//, '');
  return {
    label: registry?.label ?? message('common.verbatim', { text: name }),
    type: resource.type,
    registry: registry?.id ?? null,
    origin: resource.origin,
    operations: [...new Set(resource.methods.map((method) => OPERATIONS[method]))],
    itemsPerPage: { ...resource.itemsPerPage },
    filters: resource.filters.map((filter) => ({ name: filter.name, type: filter.type, origin: filter.origin })),
    fields: resource.fields.map((field) => ({
      name: field.name,
      type: field.type === 'iri' ? 'link' : describeType(field),
      enum: field.enum ? field.enum.map(String) : null,
      nullable: field.nullable,
      readable: field.readable,
      writable: field.writable,
      creatable: field.creatable,
      required: field.required,
      maxLength: field.maxLength,
      relation: typeLabel(field.relation),
      origin: field.origin,
      logical: logicalOf.get(field.name) ?? null,
    })),
    differences:
      model && binding
        ? differencesOf(model, binding).map(({ field, kind, ours, theirs }) => ({ field, kind, ours, theirs }))
        : [],
  };
}

export function schemaView(schema: PlatformSchema | null, service: SchemaService): PlatformSchemaView | null {
  const status = schemaStatus(schema, service);
  if (!schema || !status) return null;
  const labels = registryLabels();
  const typeLabel = (relation: string | null): string | null =>
    relation === null ? null : (schema.resources[relation]?.type ?? relation.replace(/^\//, ''));
  const resources = Object.values(schema.resources)
    .map((resource) => resourceView(resource, service, labels, typeLabel))
    // the console's own resources first, in navigation order, then the rest of the platform by name
    .sort((a, b) => {
      const rank = (view: SchemaResourceView): number =>
        view.registry === null
          ? RESOURCE_IDS.length
          : RESOURCE_IDS.indexOf(view.registry as (typeof RESOURCE_IDS)[number]);
      return rank(a) - rank(b) || (a.type ?? '').localeCompare(b.type ?? '');
    });
  return { status, resources };
}

export function createSchemaHandlers(service: SchemaService): {
  'resources:list': Handler<'resources:list'>;
  'schema:status': Handler<'schema:status'>;
  'schema:view': Handler<'schema:view'>;
  'schema:refresh': Handler<'schema:refresh'>;
} {
  return {
    // the registry as the renderer needs it for the profile on screen: under the platform's field names
    'resources:list': () => listBoundDescriptors((path) => service.binding(path)),
    'schema:status': () => schemaStatus(service.current(), service),
    'schema:view': () => schemaView(service.current(), service),
    'schema:refresh': async (_input, { signal }) => {
      if (!service.current()) return null;
      return schemaStatus(await service.discover(signal), service);
    },
  };
}
