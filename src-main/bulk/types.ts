import type {
  BulkConflict,
  BulkFieldChange,
  BulkJobKind,
  BulkJobState,
  BulkLineIssue,
  BulkOpState,
  BulkOutcome,
  BulkRetry,
  BulkSkipKind,
  BulkValue,
} from '../../src-preload/contract/bulk.ts';
import type { UiText } from '../../src-preload/contract/messages.ts';
import type { ResourceBinding } from '../schema/index.ts';

export type Row = Readonly<Record<string, unknown>>;

/** How an operation is sent and how its outcome is settled when the answer is lost (see README). */
export type OpKind = 'patch' | 'split' | 'end-cool-off' | 'create-forward' | 'delete-forward' | 'accept-outport';

export interface OpRequest {
  method: 'PATCH' | 'POST' | 'GET' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
}

/** What reconciling a create-forward needs: the forward we asked for and the ones that existed before. */
export interface ForwardExpectation {
  numberIri: string;
  forwardTo: string;
  dateStart: string | null;
  dateEnd: string | null;
  preexisting: string[];
  /** The platform's names of those fields (absent in older journals: our own names). */
  names?: ForwardNames;
}

export interface ForwardNames {
  number: string;
  forwardTo: string;
  dateStart: string;
  dateEnd: string;
}

/** One operation as the engine keeps it (in memory and, sealed, in the journal). */
export interface Op {
  index: number;
  kind: OpKind;
  target: string;
  label: string;
  changes: BulkFieldChange[];
  request: OpRequest;
  /** The collection whose cache the returned item updates. */
  resourcePath: string;
  forward?: ForwardExpectation;
  state: BulkOpState;
  skip: { kind: BulkSkipKind; reason: UiText } | null;
  /** Why a status-driven action includes this row, in operator words (shown in the preview). */
  rule?: UiText | null;
  outcome: BulkOutcome | null;
  createdIri: string | null;
  /** When the op was last marked sending (epoch ms): bounds the search when reconciling a create. */
  sentAt: number | null;
  updatedAt: number | null;
  /** Times the job handed it to the client (a rate-limit refusal is not counted: nothing was applied). */
  attempts: number;
  /** Back in the queue after a transient failure or a rate-limit refusal; in memory only. */
  retry: BulkRetry | null;
}

/** A job's durable description; ops are kept beside it. */
export interface JobRecord {
  id: string;
  profileId: string;
  resource: string;
  action: string;
  kind: BulkJobKind;
  parentJobId: string | null;
  params: Record<string, unknown>;
  title: UiText;
  confirmation: UiText;
  notes: UiText[];
  lines: BulkLineIssue[];
  conflicts: BulkConflict[];
  undo: { available: boolean; note: UiText | null };
  apiUser: string | null;
  state: BulkJobState;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/** What an action planner produces, before the engine adds ids, estimate and the job record. */
export interface ActionPlan {
  title: UiText;
  confirmation: UiText;
  ops: Omit<Op, 'index' | 'state' | 'outcome' | 'createdIri' | 'sentAt' | 'updatedAt' | 'attempts' | 'retry'>[];
  lines?: BulkLineIssue[];
  conflicts?: BulkConflict[];
  notes?: UiText[];
  undo: { available: boolean; note: UiText | null };
}

export type PlannedOp = ActionPlan['ops'][number];

export interface PlanContext {
  /** A job spec as asked for (validated against the contract's union by the planner), or as journalled. */
  spec: unknown;
  readRows: (resourcePath: string) => Promise<Row[]>;
  /** The registry resource at a path bound to the platform's schema; api-model's assumptions without it. */
  binding?: (path: string) => ResourceBinding;
  now?: number;
}

export const valueOf = (value: unknown): BulkValue =>
  value === null || value === undefined
    ? null
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : JSON.stringify(value);
