import type { DemoOptions, DemoPlatform } from '../demo/index.ts';

export interface DemoCredentialsSeed {
  email: string;
  clientId: string;
  password: string;
}

/** Starts the embedded demo platform on first use, with the demo profile's credentials, and stops it on quit. */
export interface DemoHost {
  ensureStarted(credentials: DemoCredentialsSeed): Promise<DemoPlatform>;
  current(): DemoPlatform | null;
  stop(): Promise<void>;
}

export function createDemoHost(start: (options: DemoOptions) => Promise<DemoPlatform>, options: DemoOptions = {}): DemoHost {
  let running: Promise<DemoPlatform> | null = null;
  let platform: DemoPlatform | null = null;
  return {
    ensureStarted(credentials) {
      running ??= start({
        ...options,
        // The static key of the demo is the profile's password, so a static-key profile can be tried against it too.
        credentials: { ...options.credentials, email: credentials.email, clientId: credentials.clientId, password: credentials.password, authToken: credentials.password },
      }).then((started) => {
        platform = started;
        return started;
      });
      running.catch(() => {
        running = null;
      });
      return running;
    },
    current: () => platform,
    async stop() {
      const stopping = platform;
      running = null;
      platform = null;
      await stopping?.close();
    },
  };
}
