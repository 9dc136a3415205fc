import type { DemoOptions, DemoPlatform } from '../demo/index.ts';
import { PlatformError } from '../platform/errors.ts';

export interface DemoCredentialsSeed {
  email: string;
  clientId: string;
  password: string;
}

/** Starts the embedded demo platform on first use, with the demo profile's credentials, and stops it on quit. */
export interface DemoHost {
  ensureStarted(credentials: DemoCredentialsSeed): Promise<DemoPlatform>;
  current(): DemoPlatform | null;
  /** Tests and the bridge take the demo "off the network" to show offline behaviour; it starts again when allowed. */
  setAvailable(available: boolean): Promise<void>;
  stop(): Promise<void>;
}

export function createDemoHost(
  start: (options: DemoOptions) => Promise<DemoPlatform>,
  options: DemoOptions = {},
  initiallyAvailable = true,
): DemoHost {
  let running: Promise<DemoPlatform> | null = null;
  let platform: DemoPlatform | null = null;
  let available = initiallyAvailable;
  /** The credentials the running demo accepts: new ones (a restored demo profile) start it afresh. */
  let startedWith = '';
  const stop = async (): Promise<void> => {
    const stopping = running;
    running = null;
    platform = null;
    await (await stopping?.catch(() => null))?.close();
  };
  return {
    async ensureStarted(credentials) {
      const key = JSON.stringify([credentials.email, credentials.clientId, credentials.password]);
      if (running && startedWith !== key) await stop();
      startedWith = key;
      if (!available) {
        return Promise.reject(
          new PlatformError({
            kind: 'network',
            method: 'GET',
            path: '/',
            platformMessage: 'The demo platform is switched off.',
            // the switch stands for this computer going off the network: classified as offline, not as a bad host
            cause: 'ERR_INTERNET_DISCONNECTED',
          }),
        );
      }
      running ??= start({
        ...options,
        // The demo's static key is the profile's password, so a static-key profile can be tried against it too.
        credentials: {
          ...options.credentials,
          email: credentials.email,
          clientId: credentials.clientId,
          password: credentials.password,
          authToken: credentials.password,
        },
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
    async setAvailable(next) {
      available = next;
      if (!next) await stop();
    },
    stop,
  };
}
