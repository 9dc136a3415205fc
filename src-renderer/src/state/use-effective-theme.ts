import { useEffect, useSyncExternalStore } from 'react';
import type { ThemePreference } from '../../../src-preload/contract/index.ts';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Resolves "system" against the OS setting (and follows it live), and puts the result on <html data-theme>. */
export function useEffectiveTheme(preference: ThemePreference): 'light' | 'dark' {
  const osDark = useSyncExternalStore(subscribe, () => window.matchMedia(darkQuery).matches);
  const effective = preference === 'system' ? (osDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    document.documentElement.dataset['theme'] = effective;
    document.documentElement.style.colorScheme = effective;
  }, [effective]);
  return effective;
}
