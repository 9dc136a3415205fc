import { z } from 'zod';

/**
 * Operator-facing text from main. Main never writes a sentence itself: it sends a message code and its parameters,
 * and the renderer renders it through i18next from its English and Dutch catalogs (`src-renderer/src/i18n/messages.*`,
 * key `msg.<code>`). Parameters are plain values (counts go in `count` so plurals work), a nested message, or a
 * label main already holds in both languages.
 */
export const localizedSchema = z.object({ en: z.string(), nl: z.string() });
export type Localized = z.infer<typeof localizedSchema>;

/** An array is a list the renderer joins the way the language does ("A, B and C" / "A, B en C"). */
export type MessageParam = string | number | boolean | null | Localized | Message | readonly MessageParam[];
export interface Message {
  /** Dotted, lower camel case: 'platform.network', 'bulk.skip.notPending'. */
  code: string;
  params?: Record<string, MessageParam>;
}

const CODE = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({
    code: z.string().regex(CODE),
    params: z.record(z.string(), messageParamSchema).optional(),
  }),
);
const messageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), localizedSchema, messageSchema, z.array(messageParamSchema)]),
);

/**
 * What a contract field carries as operator text: a message (the target) or, while main is being converted area by
 * area, a text main still holds in both languages.
 */
export const uiTextSchema = z.union([messageSchema, localizedSchema]);
export type UiText = Message | Localized;

/** Builds a message; main's only way to say something to the operator. */
export function message(code: string, params?: Record<string, MessageParam>): Message {
  return params === undefined ? { code } : { code, params };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
