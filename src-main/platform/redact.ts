const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const MASK = '[redacted]';

/** Remembers the secrets in play (password, token, auth token) and scrubs them from any text leaving the client. */
export interface Redactor {
  add(secret: string | null | undefined): void;
  apply(text: string): string;
}

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    add(secret) {
      if (!secret || secret.length < 4) return;
      secrets.delete(secret);
      secrets.add(secret);
      if (secrets.size > 32) secrets.delete(secrets.values().next().value ?? '');
    },
    apply(text) {
      let out = text.replace(JWT_LIKE, MASK);
      for (const secret of secrets) out = out.split(secret).join(MASK);
      return out;
    },
  };
}
