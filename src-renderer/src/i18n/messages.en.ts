/**
 * Messages main sends as { code, params } (src-preload/contract/messages.ts), under `msg.<code>`. Dutch
 * (messages.nl.ts) has the same keys: the type checker enforces it, a unit test checks every code main uses.
 */
export const messagesEn = {
  common: {
    unknown: 'The console has no text for this message ({{code}}).',
    technicalDetails: 'Technical details',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type MessageTranslations = Shape<typeof messagesEn>;
