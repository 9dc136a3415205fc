import type { BulkOutcome } from '../../src-preload/contract/bulk.ts';
import { message, type Message, type UiText } from '../../src-preload/contract/messages.ts';

/** What an operator reads about an operation: why it was skipped, else its outcome with the re-read's note. */
export function operationText(
  skipReason: UiText | null | undefined,
  outcome: BulkOutcome | null | undefined,
): UiText | null {
  if (skipReason) return skipReason;
  const said: Message | null = outcome?.text ?? null;
  const note: Message | null = outcome?.noteText ?? null;
  if (said && note) return message('bulk.outcome.withNote', { text: said, note });
  return said ?? note;
}
