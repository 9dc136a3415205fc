import { useEffect, useState } from 'react';
import { noc } from './noc.ts';
import { AboutDialog } from './shell/AboutDialog.tsx';
import { Sidebar } from './shell/Sidebar.tsx';
import { StatusBar } from './shell/StatusBar.tsx';
import { ThemeSelect } from './shell/ThemeSelect.tsx';
import { useEffectiveTheme } from './state/use-effective-theme.ts';
import { useUiStore } from './state/ui-store.ts';
import { ResourceEmptyState } from './views/ResourceEmptyState.tsx';
import { RESOURCE_VIEWS } from './views/resource-views.ts';

export function App(): React.JSX.Element {
  const view = useUiStore((state) => state.view);
  const theme = useUiStore((state) => state.theme);
  const notice = useUiStore((state) => state.notice);
  const [aboutOpen, setAboutOpen] = useState(false);
  useEffectiveTheme(theme);

  useEffect(() => {
    const { loadSettings, applyTheme } = useUiStore.getState();
    void loadSettings();
    return noc.on('settings:changed', (settings) => applyTheme(settings.theme));
  }, []);

  const current = RESOURCE_VIEWS.find((candidate) => candidate.id === view) ?? RESOURCE_VIEWS[0];

  return (
    <div className="app-shell">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            N
          </span>
          <span className="brand-name">NOC Console</span>
        </div>
        <div className="header-actions">
          <ThemeSelect />
          <button type="button" className="button ghost" onClick={() => setAboutOpen(true)}>
            About
          </button>
        </div>
      </header>
      <Sidebar />
      <main className="app-main" aria-labelledby="view-title">
        {notice ? (
          <div role="alert" className="notice">
            {notice}
            <button type="button" className="button ghost" onClick={() => useUiStore.getState().dismissNotice()}>
              Dismiss
            </button>
          </div>
        ) : null}
        <ResourceEmptyState view={current} />
      </main>
      <StatusBar />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </div>
  );
}
