import { randomUUID } from 'node:crypto';
import type {
  ProfileCreateInput,
  ProfileList,
  ProfileSummary,
  ProfileUpdateInput,
} from '../../src-preload/contract/profiles.ts';
import { message, type Message } from '../../src-preload/contract/messages.ts';
import { AppError } from '../ipc/app-error.ts';
import { logText } from '../logging/ui-text.ts';
import { validateBaseUrl } from '../platform/base-url.ts';
import { keychainUnavailable, type SecretVault } from '../secrets/secret-vault.ts';
import { createDemoProfiles } from './demo-profile.ts';
import type { ProfileStore, StoredProfile } from './profile-store.ts';
import { operatorError } from '../ipc/operator-error.ts';

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
  /** Told every secret read or stored (password, auth token, client ID), so that logs and the UI mask it. */
  onSecret?: (secret: string) => void;
  /** Fresh credentials for the demo sandbox (restored, or its keychain entries lost): nobody types them. */
  demoSeed?: () => DemoProfileSeed;
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
  /** The client ID ("API secret (client_id)"), from the keychain. */
  clientIdOf(id: string): Promise<string>;
  /** Moves client IDs that older versions wrote into the settings file to the keychain, and out of the file. */
  migrateClientIds(): Promise<void>;
  /** First run: when there is no profile at all, creates the demo sandbox with the given credentials. */
  ensureDemoProfile(seed: () => DemoProfileSeed): Promise<StoredProfile | null>;
  /** Brings the demo sandbox back after it was deleted (refused while one exists). */
  restoreDemo(): Promise<ProfileSummary>;
  /**
   * The demo sandbox's credentials; when the keychain lost them, new ones are made and stored (the demo platform is
   * ours, so nobody is asked for a password).
   */
  demoCredentials(id: string): Promise<DemoProfileSeed>;
  setActive(id: string | null): void;
  activeId(): string | null;
}

type AuthInput = ProfileCreateInput['auth'] | NonNullable<ProfileUpdateInput['auth']>;

function secretOfInput(auth: AuthInput): string | undefined {
  return auth.mode === 'jwt' ? auth.password : auth.authToken;
}

/** The keychain account of a profile's client ID; its password or auth token is under the profile id itself. */
export function clientIdAccount(profileId: string): string {
  return `client-id:${profileId}`;
}

/** Enough to tell two client IDs apart, too little to use one: the last three characters of a long one. */
export function maskClientId(clientId: string): string {
  return clientId.length >= 10 ? `…${clientId.slice(-3)}` : '…';
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
    throw operatorError('DOCUMENTATION_URL_REFUSED', message('errors.documentationUrlRefused'), {
      field: 'documentationUrl',
    });
  }
  return text;
}

function checkedBaseUrl(baseUrl: string): string {
  const verdict = validateBaseUrl(baseUrl);
  if (!verdict.ok) throw operatorError('BASE_URL_REFUSED', verdict.text, { field: 'baseUrl' });
  return verdict.url;
}

/** The word for what a sign-in mode asks for, as a message: "password" or "auth token". */
function secretWord(mode: AuthInput['mode']): Message {
  return mode === 'jwt' ? message('errors.secret.password') : message('errors.secret.authToken');
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function storedAuth(auth: AuthInput): StoredProfile['auth'] {
  return auth.mode === 'jwt' ? { mode: 'jwt', email: auth.email } : { mode: 'static-key' };
}

function withoutClientId(profile: StoredProfile): StoredProfile {
  return { ...profile, auth: storedAuth({ ...profile.auth, clientId: undefined }) };
}

/** Profiles with their secrets: non-secret fields in the settings store, the password or auth token in the keychain. */
export function createProfileService(deps: ProfileServiceDeps): ProfileService {
  const newId = deps.newId ?? randomUUID;
  const now = deps.now ?? (() => new Date());

  const requireProfile = (id: string): StoredProfile => {
    const profile = deps.store.get(id);
    if (!profile) throw operatorError('PROFILE_NOT_FOUND', message('errors.profileNotFound'), { id });
    return profile;
  };

  const known = (secret: string | null | undefined): void => {
    if (secret) deps.onSecret?.(secret);
  };

  const storeSecret = async (id: string, secret: string): Promise<void> => {
    const keychain = await deps.vault.check();
    if (!keychain.available) throw keychainUnavailable(keychain.reason);
    known(secret);
    await deps.vault.set(id, secret);
  };

  const readClientId = async (profile: StoredProfile): Promise<string | null> => {
    let stored: string | null = null;
    try {
      stored = await deps.vault.get(clientIdAccount(profile.id));
    } catch {
      stored = null;
    }
    const clientId = stored ?? profile.auth.clientId ?? null;
    known(clientId);
    return clientId;
  };

  const migrateClientIds = async (): Promise<void> => {
    const legacy = deps.store.list().filter((profile) => profile.auth.clientId !== undefined);
    if (legacy.length === 0 || !(await deps.vault.check()).available) return;
    for (const profile of legacy) {
      known(profile.auth.clientId);
      // a client ID already in the keychain is newer than the one left in the file
      if ((await deps.vault.get(clientIdAccount(profile.id))) === null)
        await deps.vault.set(clientIdAccount(profile.id), profile.auth.clientId!);
      deps.store.save(withoutClientId(profile));
    }
  };

  const summarize = async (profile: StoredProfile): Promise<ProfileSummary> => {
    let secretStored = false;
    try {
      secretStored = (await deps.vault.get(profile.id)) !== null;
    } catch {
      secretStored = false;
    }
    const clientId = await readClientId(profile);
    const clientIdMasked = clientId === null ? null : maskClientId(clientId);
    return {
      id: profile.id,
      name: profile.name,
      baseUrl: profile.isDemo ? (deps.demoBaseUrl?.() ?? null) : profile.baseUrl,
      isDemo: profile.isDemo,
      auth:
        profile.auth.mode === 'jwt'
          ? { mode: 'jwt', email: profile.auth.email, clientIdMasked }
          : { mode: 'static-key', clientIdMasked },
      rootCustomerId: profile.rootCustomerId,
      ...(profile.documentationUrl ? { documentationUrl: profile.documentationUrl } : {}),
      secretStored,
      color: profile.color,
      production: profile.production,
    };
  };

  const list = async (): Promise<ProfileList> => {
    await migrateClientIds().catch(() => undefined);
    return {
      profiles: await Promise.all(deps.store.list().map(summarize)),
      activeProfileId: deps.store.activeId(),
    };
  };

  const announce = async (): Promise<void> => deps.onChanged(await list());

  return {
    list,
    get: requireProfile,
    async create(input) {
      const secret = secretOfInput(input.auth);
      if (!secret) {
        throw operatorError(
          'SECRET_REQUIRED',
          message('errors.secretRequired.new', { secret: secretWord(input.auth.mode) }),
          {
            field: input.auth.mode === 'jwt' ? 'password' : 'authToken',
          },
        );
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
        color: input.color ?? null,
        production: input.production ?? false,
        createdAt: now().toISOString(),
      };
      try {
        await storeSecret(profile.id, secret);
        await storeSecret(clientIdAccount(profile.id), input.auth.clientId);
        deps.store.save(profile);
      } catch (failure) {
        await deps.vault.delete(profile.id).catch(() => false);
        await deps.vault.delete(clientIdAccount(profile.id)).catch(() => false);
        throw failure;
      }
      await announce();
      return summarize(profile);
    },
    async update(input) {
      const current = requireProfile(input.id);
      const secret = input.auth ? secretOfInput(input.auth) : undefined;
      if (input.auth && input.auth.mode !== current.auth.mode && !secret) {
        throw operatorError('SECRET_REQUIRED', message('errors.secretRequired.modeChanged'), {
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
        throw operatorError(
          'SECRET_REQUIRED',
          message('errors.secretRequired.addressChanged', {
            host: new URL(nextBaseUrl).host,
            secret: secretWord(current.auth.mode),
          }),
          { field: current.auth.mode === 'jwt' ? 'password' : 'authToken' },
        );
      }
      if (current.isDemo && (input.baseUrl !== undefined || input.auth !== undefined)) {
        throw operatorError('DEMO_PROFILE_FIXED', message('errors.demoProfileFixed'));
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
        ...(input.color !== undefined ? { color: input.color } : {}),
        ...(input.production !== undefined ? { production: input.production } : {}),
      };
      if (secret) await storeSecret(current.id, secret);
      if (input.auth?.clientId) await storeSecret(clientIdAccount(current.id), input.auth.clientId);
      else if (input.auth && current.auth.clientId !== undefined) {
        await storeSecret(clientIdAccount(current.id), current.auth.clientId);
      }
      deps.store.save(next);
      await announce();
      return summarize(next);
    },
    async remove(id) {
      requireProfile(id);
      await deps.vault.delete(id).catch(() => false);
      await deps.vault.delete(clientIdAccount(id)).catch(() => false);
      deps.store.remove(id);
      await deps.onDeleted(id);
      await announce();
    },
    async secretOf(id) {
      const secret = await deps.vault.get(id);
      if (secret === null) {
        throw operatorError('SECRET_MISSING', message('errors.secretMissing'), { id });
      }
      known(secret);
      return secret;
    },
    async clientIdOf(id) {
      const clientId = await readClientId(requireProfile(id));
      if (clientId === null) {
        const text = message('profiles.clientIdMissing');
        throw new AppError('CLIENT_ID_MISSING', logText(text), { id, text });
      }
      return clientId;
    },
    migrateClientIds,
    ...createDemoProfiles({
      store: deps.store,
      newId,
      now,
      ...(deps.demoSeed ? { seed: deps.demoSeed } : {}),
      get: requireProfile,
      storeSecret,
      readPassword: async (id) => {
        const password = await deps.vault.get(id).catch(() => null);
        known(password);
        return password;
      },
      readClientId,
      announce,
      summarize,
    }),
    setActive(id) {
      deps.store.setActiveId(id);
    },
    activeId: () => deps.store.activeId(),
  };
}
