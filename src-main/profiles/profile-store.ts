import { z } from 'zod';
import { profileColorSchema } from '../../src-preload/contract/profiles.ts';
import type { KeyValueStore } from '../settings/key-value-store.ts';

/**
 * What is kept of a profile in the settings file: everything but its secrets (password or auth token, and the client
 * ID). `clientId` is only read, from files written before it moved to the keychain (see ProfileService).
 */
export const storedProfileSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  /** null for the demo sandbox: its embedded server gets a new port at every start. */
  baseUrl: z.string().nullable(),
  isDemo: z.boolean().default(false),
  auth: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('jwt'), email: z.string(), clientId: z.string().optional() }),
    z.object({ mode: z.literal('static-key'), clientId: z.string().optional() }),
  ]),
  rootCustomerId: z.number().nullable().default(null),
  /** The API documentation's address when the platform's answers do not link it (platform schema). */
  documentationUrl: z.string().nullable().default(null),
  /** Shown with the name in the header and the switcher; an unknown colour (a newer version's) is dropped. */
  color: profileColorSchema.nullable().catch(null).default(null),
  /** A production tenant: its changes reach customers, so the header marks it. */
  production: z.boolean().catch(false).default(false),
  createdAt: z.string(),
});
export type StoredProfile = z.infer<typeof storedProfileSchema>;

const PROFILES_KEY = 'profiles';
const ACTIVE_KEY = 'activeProfileId';

export interface ProfileStore {
  list(): StoredProfile[];
  get(id: string): StoredProfile | null;
  save(profile: StoredProfile): void;
  remove(id: string): void;
  activeId(): string | null;
  setActiveId(id: string | null): void;
}

/** Profiles in the settings store. An entry that no longer parses is skipped, not fatal. */
export function createProfileStore(store: KeyValueStore): ProfileStore {
  const readAll = (): StoredProfile[] => {
    const raw = store.get(PROFILES_KEY);
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry) => {
      const parsed = storedProfileSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  };
  const writeAll = (profiles: StoredProfile[]): void => store.set(PROFILES_KEY, profiles);
  return {
    list: readAll,
    get: (id) => readAll().find((profile) => profile.id === id) ?? null,
    save(profile) {
      const others = readAll().filter((candidate) => candidate.id !== profile.id);
      writeAll([...others, profile].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
    },
    remove(id) {
      writeAll(readAll().filter((profile) => profile.id !== id));
      if (store.get(ACTIVE_KEY) === id) store.delete(ACTIVE_KEY);
    },
    activeId() {
      const id = store.get(ACTIVE_KEY);
      return typeof id === 'string' && readAll().some((profile) => profile.id === id) ? id : null;
    },
    setActiveId(id) {
      if (id === null) store.delete(ACTIVE_KEY);
      else store.set(ACTIVE_KEY, id);
    },
  };
}
