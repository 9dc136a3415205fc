import type { MessageParam, UiText } from '../../src-preload/contract/messages.ts';

function paramText(value: MessageParam): string {
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${(value as readonly MessageParam[]).map(paramText).join(', ')}]`;
  return logText(value as UiText);
}

/**
 * Operator text as one line for logs and English-only records: main holds no sentences, so a message reads as its
 * code with its parameters ("bulk.unknownAction(action=x)").
 */
export function logText(text: UiText): string {
  if (!('code' in text)) return text.en;
  const params = Object.entries(text.params ?? {}).map(([name, value]) => `${name}=${paramText(value)}`);
  return params.length > 0 ? `${text.code}(${params.join(', ')})` : text.code;
}
