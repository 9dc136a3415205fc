import type { IpcError, NocApi } from '../../src-preload/contract/index.ts';

declare global {
  interface Window {
    readonly noc: NocApi;
  }
}

/** The only way the renderer reaches main. */
export const noc: NocApi = window.noc;

export type NocError = Error & IpcError;

export function isNocError(value: unknown): value is NocError {
  return value instanceof Error && typeof (value as Partial<NocError>).code === 'string';
}

export function describeError(value: unknown): string {
  if (isNocError(value)) return value.message;
  return value instanceof Error ? value.message : String(value);
}
