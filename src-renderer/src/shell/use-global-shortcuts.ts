import { useEffect } from 'react';
import { useUiStore } from '../state/ui-store.ts';
import { RESOURCE_VIEWS } from '../views/resource-views.ts';

/** Where typing a "?" means the character, not the shortcuts. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * The console's own shortcuts: Ctrl+K the command palette, Ctrl+0 the overview, Ctrl+1…7 the seven resource
 * views (in sidebar order), "?" the list of shortcuts. Cmd on macOS.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const ui = useUiStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (ui.dialog === 'palette') ui.closeDialog();
        else ui.openDialog('palette');
        return;
      }
      // Views switch only with no dialog open: a dialog keeps the operator where they are.
      if (mod && !event.shiftKey && !event.altKey && /^[0-7]$/.test(event.key) && ui.dialog === null) {
        event.preventDefault();
        const index = Number(event.key);
        ui.selectView(index === 0 ? 'overview' : RESOURCE_VIEWS[index - 1]!.id);
        return;
      }
      if (event.key === '?' && !mod && !event.altKey && ui.dialog === null && !isTextEntry(event.target)) {
        event.preventDefault();
        ui.openDialog('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
