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

/** The message in the UI's language when main sent both (details.message = {en, nl}), else main's message. */
export function describeError(value: unknown): string {
  if (isNocError(value)) {
    const localized = (value.details as { message?: { en?: unknown; nl?: unknown } } | undefined)?.message;
    const language = document.documentElement.lang === 'nl' ? 'nl' : 'en';
    const text = localized?.[language];
    return typeof text === 'string' ? text : value.message;
  }
  return value instanceof Error ? value.message : String(value);
}
