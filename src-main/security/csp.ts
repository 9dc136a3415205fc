/**
 * The Content-Security-Policy of every page the console shows. No remote origin, no eval, no inline script.
 * Inline styles stay allowed: AG Grid and React set style attributes at run time.
 */
export interface CspOptions {
  /** Extra origins the page may connect to, e.g. the bridge's ws:// socket or the dev server in `npm run dev`. */
  connectSources?: readonly string[];
  /** Only for `npm run dev`: Vite's dev server injects an inline module preamble for React refresh. */
  devServerOrigin?: string;
}

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin;
  const scriptSources = dev ? [`'self'`, dev, `'unsafe-inline'`] : [`'self'`];
  const connectSources = [
    `'self'`,
    ...(options.connectSources ?? []),
    ...(dev ? [dev, dev.replace(/^http/, 'ws')] : []),
  ];
  const directives: Record<string, string[]> = {
    'default-src': [`'none'`],
    'script-src': scriptSources,
    'style-src': [`'self'`, `'unsafe-inline'`],
    'img-src': [`'self'`, 'data:'],
    'font-src': [`'self'`, 'data:'],
    'connect-src': connectSources,
    'worker-src': [`'self'`],
    'manifest-src': [`'self'`],
    'base-uri': [`'none'`],
    'form-action': [`'none'`],
    'frame-src': [`'none'`],
    'frame-ancestors': [`'none'`],
    'object-src': [`'none'`],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
