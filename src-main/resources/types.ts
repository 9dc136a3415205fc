import type { Message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import type { ResourceModel } from '../api-model/index.ts';

/** The registry ids; they are also the renderer's view ids. */
export const RESOURCE_IDS = [
  'phone-numbers',
  'number-blocks',
  'sim-cards',
  'x2voip-routes',
  'scheduled-forwards',
  'tracking-devices',
  'outports',
] as const;
export type ResourceId = (typeof RESOURCE_IDS)[number];

export function isResourceId(value: unknown): value is ResourceId {
  return typeof value === 'string' && (RESOURCE_IDS as readonly string[]).includes(value);
}

/** The outcome of checking one user-typed value for a writable field; `value` is what goes into the PATCH body. */
export type EditResult = { ok: true; value: string | null } | { ok: false; message: Message };

/** The row being edited, for rules that compare fields (a forward's end after its start). */
export type EditRow = Readonly<Record<string, unknown>>;

export type EditValidator = (field: string, value: unknown, row?: EditRow) => EditResult;

export type QueryDefaults = Readonly<Record<string, string | number>>;

/** One registry entry: what the renderer receives plus what only main needs. */
export interface ResourceDefinition {
  readonly id: ResourceId;
  readonly descriptor: ResourceDescriptor;
  /** The api-model entry the descriptor presents. */
  readonly model: ResourceModel;
  /** Models of the tab collections, by tab id. */
  readonly tabModels: Readonly<Record<string, ResourceModel>>;
  /** The collection the grid lists (equals descriptor.path). */
  readonly path: string;
  /** Items are keyed by their IRI: unique across collections and what PATCH/DELETE address. */
  readonly itemKey: '@id';
  /** Query parameters every list request of the grid carries. */
  readonly defaultQuery: QueryDefaults;
  readonly validateEdit: EditValidator;
}
