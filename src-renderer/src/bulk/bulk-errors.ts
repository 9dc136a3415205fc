import { i18n } from '../i18n/index.ts';
import { describeError, isNocError } from '../noc.ts';

/**
 * A refusal from the bulk engine in the operator's language: by its message code (`bulk.msg.<code>`) where main
 * sent one, else as main worded it.
 */
export function bulkErrorText(failure: unknown): string {
  if (isNocError(failure)) {
    const text = (failure.details as { text?: { code?: unknown; params?: unknown } } | undefined)?.text;
    const key = typeof text?.code === 'string' ? `bulk.msg.${text.code}` : null;
    if (key && i18n.exists(key)) {
      const params = typeof text?.params === 'object' && text.params !== null ? text.params : {};
      return i18n.t(key, params as Record<string, unknown>);
    }
  }
  return describeError(failure);
}
