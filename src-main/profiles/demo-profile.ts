import type { ProfileSummary } from '../../src-preload/contract/profiles.ts';
import { AppError } from '../ipc/app-error.ts';
import type { ProfileStore, StoredProfile } from './profile-store.ts';
import { clientIdAccount, type DemoProfileSeed } from './profile-service.ts';

/** What the demo sandbox's life needs from the profile service. */
export interface DemoProfileContext {
  store: ProfileStore;
  newId: () => string;
  now: () => Date;
  /** Fresh credentials (the demo platform is ours: nobody types them). */
  seed?: () => DemoProfileSeed;
  get: (id: string) => StoredProfile;
  storeSecret: (account: string, secret: string) => Promise<void>;
  readPassword: (id: string) => Promise<string | null>;
  readClientId: (profile: StoredProfile) => Promise<string | null>;
  announce: () => Promise<void>;
  summarize: (profile: StoredProfile) => Promise<ProfileSummary>;
}

/** The demo sandbox: created on first run, restored after deletion, and its lost keychain entries made anew. */
export function createDemoProfiles(ctx: DemoProfileContext) {
  const create = async (credentials: DemoProfileSeed): Promise<StoredProfile> => {
    const profile: StoredProfile = {
      id: ctx.newId(),
      name: 'Demo sandbox',
      baseUrl: null,
      isDemo: true,
      auth: { mode: 'jwt', email: credentials.email },
      rootCustomerId: null,
      documentationUrl: null,
      color: null,
      production: false,
      createdAt: ctx.now().toISOString(),
    };
    await ctx.storeSecret(profile.id, credentials.password);
    await ctx.storeSecret(clientIdAccount(profile.id), credentials.clientId);
    ctx.store.save(profile);
    return profile;
  };
  const seed = (): DemoProfileSeed => {
    if (!ctx.seed) throw new AppError('DEMO_UNAVAILABLE', 'This console has no demo platform.');
    return ctx.seed();
  };

  return {
    async ensureDemoProfile(first: () => DemoProfileSeed): Promise<StoredProfile | null> {
      if (ctx.store.list().length > 0) return null;
      const profile = await create(first());
      ctx.store.setActiveId(profile.id);
      await ctx.announce();
      return profile;
    },
    async restoreDemo(): Promise<ProfileSummary> {
      if (ctx.store.list().some((profile) => profile.isDemo)) {
        throw new AppError('DEMO_EXISTS', 'The demo sandbox is already in the list.');
      }
      const profile = await create(seed());
      await ctx.announce();
      return ctx.summarize(profile);
    },
    async demoCredentials(id: string): Promise<DemoProfileSeed> {
      const profile = ctx.get(id);
      if (!profile.isDemo || profile.auth.mode !== 'jwt') {
        throw new AppError('DEMO_PROFILE_BROKEN', 'The demo profile must use e-mail and password.');
      }
      const password = await ctx.readPassword(profile.id);
      const clientId = await ctx.readClientId(profile);
      if (password !== null && clientId !== null) return { email: profile.auth.email, clientId, password };
      const fresh = seed();
      await ctx.storeSecret(profile.id, fresh.password);
      await ctx.storeSecret(clientIdAccount(profile.id), fresh.clientId);
      if (fresh.email !== profile.auth.email) ctx.store.save({ ...profile, auth: { mode: 'jwt', email: fresh.email } });
      await ctx.announce();
      return fresh;
    },
  };
}
