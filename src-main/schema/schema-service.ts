import type { ResourceModel } from '../api-model/index.ts';
import { assembleSchema, listPathOf } from './assemble.ts';
import { bindResource } from './bind.ts';
import { discoverDocuments, type DiscoveredDocuments, type DocsFetch } from './discovery.ts';
import { observeFields } from './observe.ts';
import type { SchemaService } from './service-types.ts';
import type { PlatformSchema, ResourceBinding, SchemaField } from './types.ts';

/** Where the schema of each profile is kept between runs (sealed in the cache folder by the composition root). */
export interface SchemaStore {
  read(profileId: string): Promise<string | null>;
  write(profileId: string, text: string): Promise<void>;
}

export interface SchemaLogger {
  info(message: string, fields?: Record<string, string | number | boolean | null>): void;
  warn(message: string, fields?: Record<string, string | number | boolean | null>): void;
}

export interface SchemaServiceDeps {
  models: readonly ResourceModel[];
  store: SchemaStore;
  /** GET through the current profile's client; rejects when not connected. */
  fetchDoc: DocsFetch;
  isUnreachable: (failure: unknown) => boolean;
  /** The documentation URL a profile names, if any. */
  documentationUrl?: (profileId: string) => string | null;
  logger: SchemaLogger;
  now?: () => number;
}

interface Stored {
  readonly version: 1;
  readonly docs: DiscoveredDocuments | null;
  readonly observed: Readonly<Record<string, readonly SchemaField[]>>;
}

export interface SchemaServiceControl extends SchemaService {
  /** The profile on screen changed (or none): the schema it had last time is loaded from the store. */
  select(profileId: string | null): Promise<void>;
}

export function createSchemaService(deps: SchemaServiceDeps): SchemaServiceControl {
  const now = deps.now ?? Date.now;
  const listeners = new Set<(schema: PlatformSchema | null) => void>();
  let profileId: string | null = null;
  let docs: DiscoveredDocuments | null = null;
  let fromCache = false;
  let unreachable = false;
  let observed = new Map<string, readonly SchemaField[]>();
  let current: PlatformSchema | null = null;
  let bindings = new Map<string, ResourceBinding>();
  let loggedUnresolved = new Set<string>();

  const modelOf = (path: string): ResourceModel | undefined =>
    deps.models.find((model) => model.path === path || listPathOf(model) === path);

  const logUnresolved = (): void => {
    for (const model of deps.models) {
      const binding = bindings.get(model.path) ?? bind(model);
      for (const field of Object.values(binding.fields)) {
        const key = `${model.path}#${field.logical}`;
        if (field.state !== 'unresolved' || loggedUnresolved.has(key)) continue;
        loggedUnresolved.add(key);
        deps.logger.warn('schema binding unresolved', { path: model.path, field: field.logical });
      }
    }
  };

  const rebuild = (): void => {
    bindings = new Map();
    current = profileId
      ? assembleSchema({
          profileId,
          models: deps.models,
          docs,
          observed,
          fromCache,
          problems: unreachable ? ['unreachable'] : [],
        })
      : null;
    if (current) logUnresolved();
    for (const listener of listeners) listener(current);
  };

  function bind(model: ResourceModel): ResourceBinding {
    const cached = bindings.get(model.path);
    if (cached) return cached;
    const schema =
      current?.resources[listPathOf(model)] ??
      assembleSchema({ profileId: '', models: [model], docs: null, observed: new Map(), fromCache: false }).resources[
        listPathOf(model)
      ]!;
    const binding = bindResource(model, schema);
    bindings.set(model.path, binding);
    return binding;
  }

  const persist = async (id: string): Promise<void> => {
    const stored: Stored = { version: 1, docs, observed: Object.fromEntries(observed) };
    await deps.store.write(id, JSON.stringify(stored)).catch((failure: unknown) => {
      deps.logger.warn('schema not stored', { reason: failure instanceof Error ? failure.message : String(failure) });
    });
  };

  return {
    current: () => current,
    binding(path) {
      const model = modelOf(path);
      if (!model) throw new Error(`no api-model resource at ${path}`);
      return bind(model);
    },
    async select(next) {
      if (next === profileId) return;
      profileId = next;
      docs = null;
      observed = new Map();
      fromCache = false;
      unreachable = false;
      loggedUnresolved = new Set();
      if (next) {
        const text = await deps.store.read(next).catch(() => null);
        if (profileId !== next) return;
        try {
          const stored = text ? (JSON.parse(text) as Stored) : null;
          if (stored?.version === 1) {
            docs = stored.docs;
            observed = new Map(Object.entries(stored.observed));
            fromCache = true;
          }
        } catch {
          // an unreadable copy is as good as none: discovery reads the platform again
        }
      }
      rebuild();
    },
    async discover(signal) {
      const id = profileId;
      if (!id) throw new Error('no profile selected');
      try {
        const found = await discoverDocuments(deps.fetchDoc, {
          documentationUrl: deps.documentationUrl?.(id) ?? null,
          now,
          isUnreachable: deps.isUnreachable,
          ...(signal ? { signal } : {}),
        });
        if (profileId !== id) return current!;
        docs = found;
        fromCache = false;
        unreachable = false;
        deps.logger.info('platform schema read', {
          hydra: found.hydra !== null,
          openApi: found.sources.openApiVersion,
          problems: found.sources.problems.join(',') || null,
        });
        await persist(id);
      } catch (failure) {
        if (profileId !== id) return current!;
        unreachable = true;
        fromCache = docs !== null;
        deps.logger.warn('platform schema not read', {
          reason: failure instanceof Error ? failure.message : String(failure),
        });
      }
      rebuild();
      return current!;
    },
    observe(path, rows) {
      const id = profileId;
      if (!id || rows.length === 0) return;
      const known = new Set((observed.get(path) ?? []).map((field) => field.name));
      const fresh = observeFields(rows).filter((field) => !known.has(field.name));
      if (fresh.length === 0) return;
      observed.set(path, [...(observed.get(path) ?? []), ...fresh]);
      void persist(id);
      // only a field the schema does not know yet changes anything on screen
      const declared = new Set(
        (current?.resources[path]?.fields ?? [])
          .filter((field) => field.origin !== 'assumed')
          .map((field) => field.name),
      );
      if (fresh.some((field) => !declared.has(field.name))) rebuild();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
