const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const MASK = '[redacted]';
/** A run of this many characters of a secret is treated as the secret: platforms echo prefixes and cut-offs. */
export const FRAGMENT_LENGTH = 8;
const MIN_SECRET_LENGTH = 4;
const MAX_SECRETS = 64;

function htmlEscaped(text: string, apostrophe: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, apostrophe);
}

/** Lower-cases code unit by code unit, so that an index in the result is the same index in the input. */
function foldCase(text: string): string {
  let out = '';
  for (const unit of text.split('')) {
    const lower = unit.toLowerCase();
    out += lower.length === 1 ? lower : unit;
  }
  return out;
}

/** Every form a secret may come back in, case-folded. */
export function secretForms(secret: string): string[] {
  const uri = encodeURIComponent(secret);
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    uri,
    uri.replace(/%20/g, '+'),
    encodeURI(secret),
    htmlEscaped(secret, '&#39;'),
    htmlEscaped(secret, '&#x27;'),
    htmlEscaped(secret, '&apos;'),
  ];
  return [...new Set(forms.map(foldCase))];
}

/**
 * Remembers the live secrets (password, static auth token, client ID, JWT) and scrubs them from text leaving main,
 * in every form a platform or a proxy may echo them: raw, JSON-escaped, URL-encoded (%20 and +), HTML-escaped, in
 * any letter case. One redactor per app is shared by the platform clients, the logger and the IPC exits.
 */
export interface Redactor {
  /** A secret main now holds; shorter than 4 characters is ignored (it would mask ordinary words). */
  add(secret: string | null | undefined): void;
  /**
   * Text the platform wrote (error details, violation paths and messages) and log lines: every form of every live
   * secret, and also any run of FRAGMENT_LENGTH or more characters of one (platforms echo prefixes and cut-offs).
   */
  apply(text: string): string;
  /**
   * Text the console composed (messages, profile fields) on its way to the renderer: every form of every live
   * secret, whole. Fragments are left: a user's own base URL or name may share eight letters with a password.
   */
  applyWhole(text: string): string;
}

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  let forms: string[] = [];
  let fragments = new Set<string>();
  // every form at once, longest first: one scan per text for the whole-secret case, which runs on every IPC answer
  let anyForm: RegExp | null = null;
  let shortest = Number.POSITIVE_INFINITY;

  const rebuild = (): void => {
    forms = [...new Set([...secrets].flatMap(secretForms))].filter((form) => form.length >= MIN_SECRET_LENGTH);
    fragments = new Set();
    const escaped = [...forms]
      .sort((a, b) => b.length - a.length)
      .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    anyForm = new RegExp(escaped.join('|'), 'gi');
    shortest = Math.min(...forms.map((form) => form.length));
    for (const form of forms) {
      for (let i = 0; i + FRAGMENT_LENGTH <= form.length; i += 1) fragments.add(form.slice(i, i + FRAGMENT_LENGTH));
    }
  };

  const scrub = (text: string): string => {
    if (secrets.size === 0 || text.length < MIN_SECRET_LENGTH) return text.replace(JWT_LIKE, MASK);
    const folded = foldCase(text);
    const masked = new Uint8Array(text.length);
    for (const form of forms) {
      for (let at = folded.indexOf(form); at !== -1; at = folded.indexOf(form, at + 1)) {
        masked.fill(1, at, at + form.length);
      }
    }
    for (let i = 0; i + FRAGMENT_LENGTH <= folded.length; i += 1) {
      if (fragments.has(folded.slice(i, i + FRAGMENT_LENGTH))) masked.fill(1, i, i + FRAGMENT_LENGTH);
    }
    if (!masked.includes(1)) return text.replace(JWT_LIKE, MASK);
    let out = '';
    for (let i = 0; i < text.length;) {
      if (masked[i] === 1) {
        while (i < text.length && masked[i] === 1) i += 1;
        out += MASK;
      } else {
        out += text[i];
        i += 1;
      }
    }
    return out.replace(JWT_LIKE, MASK);
  };

  return {
    add(secret) {
      if (!secret || secret.length < MIN_SECRET_LENGTH || secrets.has(secret)) return;
      secrets.add(secret);
      if (secrets.size > MAX_SECRETS) secrets.delete(secrets.values().next().value ?? '');
      rebuild();
    },
    apply: scrub,
    applyWhole(text) {
      const withoutSecrets = anyForm === null || text.length < shortest ? text : text.replace(anyForm, MASK);
      // most texts hold no JWT: the cheap check spares a replace per string of a large answer
      return withoutSecrets.includes('eyJ') ? withoutSecrets.replace(JWT_LIKE, MASK) : withoutSecrets;
    },
  };
}

/** Every string inside a JSON-like value, redacted; objects are copied only where a string changed. */
export function redactDeep<T>(value: T, apply: (text: string) => string): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return apply(node);
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < node.length; i += 1) {
        const inner: unknown = node[i];
        const next = walk(inner);
        if (next !== inner) (copy ??= node.slice())[i] = next;
      }
      return copy ?? node;
    }
    const proto = Object.getPrototypeOf(node) as unknown;
    if (proto !== Object.prototype && proto !== null) return node;
    let copy: Record<string, unknown> | null = null;
    for (const key in node) {
      const inner = (node as Record<string, unknown>)[key];
      const next = walk(inner);
      if (next !== inner) (copy ??= { ...(node as Record<string, unknown>) })[key] = next;
    }
    return copy ?? node;
  };
  return walk(value) as T;
}
