import { randomUUID } from 'node:crypto';
import type {
  ProfileCreateInput,
  ProfileList,
  ProfileSummary,
  ProfileUpdateInput,
} from '../../src-preload/contract/profiles.ts';
import { AppError } from '../ipc/app-error.ts';
import { validateBaseUrl } from '../platform/base-url.ts';
import { keychainUnavailable, type SecretVault } from '../secrets/secret-vault.ts';
import type { ProfileStore, StoredProfile } from './profile-store.ts';

export interface ProfileServiceDeps {
  store: ProfileStore;
  vault: SecretVault;
  onChanged: (list: ProfileList) => void;
  /** Called after a profile and its secret are gone, so that caches and connections can follow. */
  onDeleted: (profileId: string) => Promise<void> | void;
  /** The embedded demo platform's address while it runs (it gets a new port at every start). */
  demoBaseUrl?: () => string | null;
  newId?: () => string;
  now?: () => Date;
}

export interface DemoProfileSeed {
  email: string;
  clientId: string;
  password: string;
}

export interface ProfileService {
  list(): Promise<ProfileList>;
  get(id: string): StoredProfile;
  create(input: ProfileCreateInput): Promise<ProfileSummary>;
  update(input: ProfileUpdateInput): Promise<ProfileSummary>;
  remove(id: string): Promise<void>;
  secretOf(id: string): Promise<string>;
  /** First run: when there is no profile at all, creates the demo sandbox with the given credentials. */
  ensureDemoProfile(seed: () => DemoProfileSeed): Promise<StoredProfile | null>;
  setActive(id: string | null): void;
  activeId(): string | null;
}

function secretOfInput(auth: ProfileCreateInput['auth']): string | undefined {
  return auth.mode === 'jwt' ? auth.password : auth.authToken;
}

/** A path on the platform, or an address on the same host as the profile's: the client follows no other. */
function checkedDocumentationUrl(value: string | null | undefined, baseUrl: string | null): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.startsWith('/') && !text.startsWith('//')) return text;
  let sameHost = false;
  try {
    sameHost = baseUrl !== null && new URL(text).origin === new URL(baseUrl).origin;
  } catch {
    sameHost = false;
  }
  if (!sameHost) {
    throw new AppError(
      'DOCUMENTATION_URL_REFUSED',
      'The documentation address must be a path on the platform (e.g. /docs.jsonld) or an address on the same host as the base URL.',
      { field: 'documentationUrl' },
    );
  }
  return text;
}

function checkedBaseUrl(baseUrl: string): string {
  const verdict = validateBaseUrl(baseUrl);
  if (!verdict.ok) throw new AppError('BASE_URL_REFUSED', verdict.reason, { field: 'baseUrl' });
  return verdict.url;
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function storedAuth(auth: ProfileCreateInput['auth']): StoredProfile['auth'] {
  return auth.mode === 'jwt'
    ? { mode: 'jwt', email: auth.email, clientId: auth.clientId }
    : { mode: 'static-key', clientId: auth.clientId };
}

/** Profiles with their secrets: non-secret fields in the settings store, the password or auth token in the keychain. */
export function createProfileService(deps: ProfileServiceDeps): ProfileService {
  const newId = deps.newId ?? randomUUID;
  const now = deps.now ?? (() => new Date());

  const requireProfile = (id: string): StoredProfile => {
    const profile = deps.store.get(id);
    if (!profile)
      throw new AppError('PROFILE_NOT_FOUND', 'That profile no longer exists. Pick another profile or create one.', {
        id,
      });
    return profile;
  };

  const storeSecret = async (id: string, secret: string): Promise<void> => {
    const keychain = await deps.vault.check();
    if (!keychain.available) throw keychainUnavailable(keychain.reason);
    await deps.vault.set(id, secret);
  };

  const summarize = async (profile: StoredProfile): Promise<ProfileSummary> => {
    let secretStored = false;
    try {
      secretStored = (await deps.vault.get(profile.id)) !== null;
    } catch {
      secretStored = false;
    }
    return {
      id: profile.id,
      name: profile.name,
      baseUrl: profile.isDemo ? (deps.demoBaseUrl?.() ?? null) : profile.baseUrl,
      isDemo: profile.isDemo,
      auth: profile.auth,
      rootCustomerId: profile.rootCustomerId,
      ...(profile.documentationUrl ? { documentationUrl: profile.documentationUrl } : {}),
      secretStored,
    };
  };

  const list = async (): Promise<ProfileList> => ({
    profiles: await Promise.all(deps.store.list().map(summarize)),
    activeProfileId: deps.store.activeId(),
  });

  const announce = async (): Promise<void> => deps.onChanged(await list());

  return {
    list,
    get: requireProfile,
    async create(input) {
      const secret = secretOfInput(input.auth);
      if (!secret) {
        const what = input.auth.mode === 'jwt' ? 'password' : 'auth token';
        throw new AppError('SECRET_REQUIRED', `Enter the ${what}: a new profile cannot connect without it.`, {
          field: input.auth.mode === 'jwt' ? 'password' : 'authToken',
        });
      }
      const base = checkedBaseUrl(input.baseUrl);
      const profile: StoredProfile = {
        id: newId(),
        name: input.name,
        baseUrl: base,
        isDemo: false,
        auth: storedAuth(input.auth),
        rootCustomerId: input.rootCustomerId ?? null,
        documentationUrl: checkedDocumentationUrl(input.documentationUrl, base),
        createdAt: now().toISOString(),
      };
      await storeSecret(profile.id, secret);
      try {
        deps.store.save(profile);
      } catch (failure) {
        await deps.vault.delete(profile.id).catch(() => false);
        throw failure;
      }
      await announce();
      return summarize(profile);
    },
    async update(input) {
      const current = requireProfile(input.id);
      const secret = input.auth ? secretOfInput(input.auth) : undefined;
      if (input.auth && input.auth.mode !== current.auth.mode && !secret) {
        throw new AppError('SECRET_REQUIRED', 'The sign-in method changed: enter the new password or auth token.', {
          field: input.auth.mode === 'jwt' ? 'password' : 'authToken',
        });
      }
      const nextBaseUrl = input.baseUrl !== undefined ? checkedBaseUrl(input.baseUrl) : current.baseUrl;
      if (
        nextBaseUrl !== null &&
        current.baseUrl !== null &&
        originOf(nextBaseUrl) !== originOf(current.baseUrl) &&
        !secret
      ) {
        // The stored secret was given for the old address; it is never sent anywhere else without asking again.
        throw new AppError(
          'SECRET_REQUIRED',
          `The address changed to ${originOf(nextBaseUrl)}: enter the ${current.auth.mode === 'jwt' ? 'password' : 'auth token'} again, so that it is only sent to the platform you chose.`,
          { field: current.auth.mode === 'jwt' ? 'password' : 'authToken' },
        );
      }
      if (current.isDemo && (input.baseUrl !== undefined || input.auth !== undefined)) {
        throw new AppError(
          'DEMO_PROFILE_FIXED',
          'The demo sandbox always points at the built-in demo platform; only its name can change.',
        );
      }
      const next: StoredProfile = {
        ...current,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.baseUrl !== undefined ? { baseUrl: nextBaseUrl } : {}),
        ...(input.auth !== undefined ? { auth: storedAuth(input.auth) } : {}),
        ...(input.rootCustomerId !== undefined ? { rootCustomerId: input.rootCustomerId } : {}),
        ...(input.documentationUrl !== undefined
          ? { documentationUrl: checkedDocumentationUrl(input.documentationUrl, nextBaseUrl) }
          : {}),
      };
      if (secret) await storeSecret(current.id, secret);
      deps.store.save(next);
      await announce();
      return summarize(next);
    },
    async remove(id) {
      requireProfile(id);
      await deps.vault.delete(id).catch(() => false);
      deps.store.remove(id);
      await deps.onDeleted(id);
      await announce();
    },
    async secretOf(id) {
      const secret = await deps.vault.get(id);
      if (secret === null) {
        throw new AppError(
          'SECRET_MISSING',
          'No password or auth token is stored for this profile. Edit the profile and enter it again.',
          { id },
        );
      }
      return secret;
    },
    async ensureDemoProfile(seed) {
      if (deps.store.list().length > 0) return null;
      const credentials = seed();
      const profile: StoredProfile = {
        id: newId(),
        name: 'Demo sandbox',
        baseUrl: null,
        isDemo: true,
        auth: { mode: 'jwt', email: credentials.email, clientId: credentials.clientId },
        rootCustomerId: null,
        documentationUrl: null,
        createdAt: now().toISOString(),
      };
      await storeSecret(profile.id, credentials.password);
      deps.store.save(profile);
      deps.store.setActiveId(profile.id);
      await announce();
      return profile;
    },
    setActive(id) {
      deps.store.setActiveId(id);
    },
    activeId: () => deps.store.activeId(),
  };
}
