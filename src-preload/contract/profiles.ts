import { z } from 'zod';
import { messageSchema } from './messages.ts';

/** Profiles: one tenant/environment each. Secrets go in with create/update and never come back out. */
const name = z.string().trim().min(1, 'Give the profile a name.').max(80);
const baseUrl = z.string().trim().min(1, 'Enter the platform address, e.g. https://api.example.nl.').max(2048);
const email = z.string().trim().email('Enter the e-mail address of the API user.').max(254);
const clientId = z
  .string()
  .trim()
  .min(1, 'Enter the client ID ("API secret (client_id)" on your customer page).')
  .max(200);
const secret = z.string().min(1).max(4096);
const rootCustomerId = z.number().int().positive().nullable();
/** Where the platform's API documentation is, when its answers do not link it: a path or an address on the platform. */
const documentationUrl = z.string().trim().max(2048).nullable();

/** A colour an operator gives a profile, so that which tenant is live shows at a glance (header, switcher). */
export const profileColorSchema = z.enum(['blue', 'green', 'amber', 'red', 'purple', 'grey']);
export type ProfileColor = z.infer<typeof profileColorSchema>;
/** Shown next to the profile's name: the colour, and whether the tenant is production (changes reach customers). */
const color = profileColorSchema.nullable();
const production = z.boolean();

export const authModeSchema = z.enum(['jwt', 'static-key']);
export type AuthMode = z.infer<typeof authModeSchema>;

export const profileAuthInputSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('jwt'), email, clientId, password: secret.optional() }).strict(),
  z.object({ mode: z.literal('static-key'), clientId, authToken: secret.optional() }).strict(),
]);

/** Like the sign-in of a new profile, but the client ID, like the password, is kept when it is left out. */
export const profileAuthUpdateSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('jwt'), email, clientId: clientId.optional(), password: secret.optional() }).strict(),
  z.object({ mode: z.literal('static-key'), clientId: clientId.optional(), authToken: secret.optional() }).strict(),
]);

export const profileCreateSchema = z
  .object({
    name,
    baseUrl,
    auth: profileAuthInputSchema,
    rootCustomerId: rootCustomerId.optional(),
    documentationUrl: documentationUrl.optional(),
    color: color.optional(),
    production: production.optional(),
  })
  .strict();
export type ProfileCreateInput = z.infer<typeof profileCreateSchema>;

export const profileUpdateSchema = z
  .object({
    id: z.string().uuid(),
    name: name.optional(),
    baseUrl: baseUrl.optional(),
    auth: profileAuthUpdateSchema.optional(),
    rootCustomerId: rootCustomerId.optional(),
    documentationUrl: documentationUrl.optional(),
    color: color.optional(),
    production: production.optional(),
  })
  .strict();
export type ProfileUpdateInput = z.infer<typeof profileUpdateSchema>;

/**
 * "Test connection" in the profile form: the form as it is (nothing saved). Editing a profile, `id` names it, so that
 * a secret or client ID left empty is taken from the keychain (only for the profile's own address).
 */
export const profileTestSchema = z
  .object({
    id: z.string().uuid().optional(),
    baseUrl: baseUrl.optional(),
    auth: profileAuthUpdateSchema,
  })
  .strict();
export type ProfileTestInput = z.infer<typeof profileTestSchema>;

export const profileSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** null for the demo sandbox until its embedded server is running. */
  baseUrl: z.string().nullable(),
  isDemo: z.boolean(),
  /** The client ID is an API secret: it stays in main's keychain and reaches the renderer only masked (…abc). */
  auth: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('jwt'), email: z.string(), clientIdMasked: z.string().nullable() }),
    z.object({ mode: z.literal('static-key'), clientIdMasked: z.string().nullable() }),
  ]),
  rootCustomerId: z.number().nullable(),
  /** Set only when the profile names the API documentation's address itself. */
  documentationUrl: z.string().optional(),
  /** Whether the password or auth token is in the OS keychain; the secret itself never leaves main. */
  secretStored: z.boolean(),
  color: color.optional(),
  production: production.optional(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export const profileListSchema = z.object({
  profiles: z.array(profileSummarySchema),
  activeProfileId: z.string().nullable(),
});
export type ProfileList = z.infer<typeof profileListSchema>;

/**
 * Why a profile cannot connect (or a test or a switch failed), as a code the renderer puts in words (EN/NL):
 * no network at all, a host name that does not resolve, a refused connection, a certificate or TLS failure, a host
 * that cannot be reached otherwise, no answer in time, only server errors, a refused sign-in, refused access, a
 * password / auth token / client ID no longer in the keychain, a bad address; 'other' carries main's text.
 */
export const connectionProblemCodeSchema = z.enum([
  'offline',
  'dns',
  'refused',
  'tls',
  'host-unreachable',
  'timeout',
  'server',
  'credentials',
  'denied',
  'password-missing',
  'token-missing',
  'client-id-missing',
  'address',
  'other',
]);
export type ConnectionProblemCode = z.infer<typeof connectionProblemCodeSchema>;

export const connectionProblemSchema = z.object({
  code: connectionProblemCodeSchema,
  /** The host (never a path), an HTTP status for 'server', the profile's name for a failed switch. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ConnectionProblem = z.infer<typeof connectionProblemSchema>;

/** What "Test connection" found: each step that worked, and the first problem. Nothing is saved or switched. */
export const profileTestResultSchema = z.object({
  reached: z.boolean(),
  signedIn: z.boolean(),
  canRead: z.boolean(),
  apiUser: z.string().nullable(),
  problem: connectionProblemSchema.nullable(),
  /** Main's text for the problem (English; also for codes the renderer words itself). */
  message: z.string().nullable(),
  /** The same reason for the operator, worded from the catalog (used where the problem code says "other"). */
  text: messageSchema.nullable().optional(),
});
export type ProfileTestResult = z.infer<typeof profileTestResultSchema>;

export const connectionStateSchema = z.enum(['no-profile', 'signed-out', 'connecting', 'connected', 'offline']);
export type ConnectionState = z.infer<typeof connectionStateSchema>;

/**
 * The connection is holding every request until `until` (epoch ms), then goes on by itself: the hourly or the
 * daily rate budget is spent down to its reserve ('hour' / 'day'), or the platform answered 429 and asked to wait
 * ('retry-after'). Work that meets a hold is paused, not failed.
 */
export const budgetHoldSchema = z.object({
  until: z.number(),
  reason: z.enum(['hour', 'day', 'retry-after']),
});
export type BudgetHold = z.infer<typeof budgetHoldSchema>;

export const connectionStatusSchema = z.object({
  profileId: z.string().nullable(),
  profileName: z.string().nullable(),
  isDemo: z.boolean(),
  state: connectionStateSchema,
  /** The API user the platform knows us as (token's username, else the e-mail); null in static-key mode. */
  apiUser: z.string().nullable(),
  /** Why we are signed out or offline, in words the user can act on. */
  message: z.string().nullable(),
  /** The same reason as a code the renderer words (EN/NL); null when there is none. */
  problem: connectionProblemSchema.nullable().optional(),
  /** The reason as a catalog message, for a problem the codes do not cover ("other"). */
  text: messageSchema.nullable().optional(),
  /** The profile's colour and production mark, for the header. */
  color: profileColorSchema.nullable().optional(),
  production: z.boolean().optional(),
  /** Set while the connected profile's rate budget holds every request (see budgetHoldSchema). */
  hold: budgetHoldSchema.nullable(),
});
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

const budgetWindowSchema = z.object({
  limit: z.number().nullable(),
  remaining: z.number().nullable(),
  resetAt: z.number().nullable(),
});

export const budgetSnapshotSchema = z.object({
  profileId: z.string(),
  hour: budgetWindowSchema,
  day: budgetWindowSchema,
  concurrency: z.number(),
  /** The same moment as hold.until; kept for readers that predate `hold`. */
  pausedUntil: z.number().nullable(),
  hold: budgetHoldSchema.nullable(),
  /** Requests sent and not yet answered, and requests waiting for a slot or for the hold to end. */
  active: z.number().int().nonnegative(),
  queued: z.number().int().nonnegative(),
});
export type BudgetSnapshot = z.infer<typeof budgetSnapshotSchema>;

export const keychainStatusSchema = z.object({ available: z.boolean(), reason: z.string().nullable() });
export type KeychainStatus = z.infer<typeof keychainStatusSchema>;

export const resourceCountsSchema = z.object({
  profileId: z.string(),
  counts: z.record(z.string(), z.union([z.number(), z.null()])),
  /** Per resource, why it could not be counted (e.g. rights missing). */
  problems: z.record(z.string(), z.string()),
});
export type ResourceCounts = z.infer<typeof resourceCountsSchema>;
