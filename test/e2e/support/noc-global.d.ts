import type { NocApi } from '../../../src-preload/contract/index.ts';

declare global {
  interface Window {
    readonly noc: NocApi;
  }
}
