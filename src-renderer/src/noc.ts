import type { IpcError, NocApi, UiText } from '../../src-preload/contract/index.ts';
import { renderText } from './i18n/index.ts';

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

function operatorText(details: unknown): UiText | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const { text, message } = details as { text?: unknown; message?: unknown };
  const candidate = text ?? message;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  if (typeof (candidate as { code?: unknown }).code === 'string') return candidate as UiText;
  const pair = candidate as { en?: unknown; nl?: unknown };
  return typeof pair.en === 'string' && typeof pair.nl === 'string' ? { en: pair.en, nl: pair.nl } : undefined;
}

/**
 * The failure in the operator's words and language: main's message (details.text, a { code, params } message, or
 * details.message in both languages) rendered from the catalog; main's plain message only when it sent neither.
 */
export function describeError(value: unknown): string {
  if (isNocError(value)) {
    const text = operatorText(value.details);
    return text ? renderText(text) : value.message;
  }
  return value instanceof Error ? value.message : String(value);
}

/** What support needs and the operator does not: the code, the request, the platform's status (for a disclosure). */
export function technicalDetails(value: unknown): string | null {
  if (!isNocError(value)) return null;
  const details = (value.details ?? {}) as { method?: unknown; path?: unknown; status?: unknown };
  const parts = [value.code];
  if (typeof details.method === 'string' && typeof details.path === 'string')
    parts.push(`${details.method} ${details.path}`);
  if (typeof details.status === 'number') parts.push(`HTTP ${details.status}`);
  return parts.join(' · ');
}
