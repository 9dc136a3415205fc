export { validateBaseUrl, type BaseUrlCheck } from './base-url.ts';
export { backoffDelay, type BackoffOptions } from './backoff.ts';
export {
  createPlatformClient,
  type PlatformClient,
  type PlatformClientOptions,
  type SessionHandle,
  type TypedRequestOptions,
} from './client.ts';
export {
  isPlatformError,
  parseErrorBody,
  PlatformError,
  type ErrorHold,
  type PlatformErrorJson,
  type PlatformErrorKind,
  type Violation,
} from './errors.ts';
export {
  BudgetHeld,
  createGovernor,
  type BudgetEstimate,
  type BudgetHold,
  type BudgetWindow,
  type Governor,
  type GovernorSnapshot,
  type Priority,
  type RunOptions,
} from './governor.ts';
export type { FetchLike, HttpMethod, LogFields, PlatformLogger, PlatformResponse, RequestOptions } from './http.ts';
export { listAll } from './list-all.ts';
export {
  isHydraCollection,
  listAllSequential,
  pageOf,
  parseCollection,
  type HydraCollection,
  type HydraItem,
  type HydraView,
  type ListAllOptions,
  type ListAllResult,
  type ListGap,
  type ListProgress,
  type ListResume,
  type PageFetcher,
} from './hydra.ts';
export { readJwtClaims, renewAt, type JwtClaims } from './jwt.ts';
export {
  parseRateLimitHeaders,
  parseReset,
  parseRetryAfter,
  type RateLimitHeaders,
  type RateWindow,
} from './rate-limit-headers.ts';
export type { AuthConfig, SessionState, SessionStatus } from './session.ts';
export { buildUrl, type QueryInput, type QueryValue } from './url.ts';
