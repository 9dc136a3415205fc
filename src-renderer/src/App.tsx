import { useEffect, useState } from 'react';
import { noc } from './noc.ts';
import { AboutDialog } from './shell/AboutDialog.tsx';
import { ProfilesDialog } from './shell/ProfilesDialog.tsx';
import { Sidebar } from './shell/Sidebar.tsx';
import { StatusBar } from './shell/StatusBar.tsx';
import { ThemeSelect } from './shell/ThemeSelect.tsx';
import { useEffectiveTheme } from './state/use-effective-theme.ts';
import { useConnectionStore } from './state/connection-store.ts';
import { useUiStore } from './state/ui-store.ts';
import { ResourceEmptyState } from './views/ResourceEmptyState.tsx';
import { RESOURCE_VIEWS } from './views/resource-views.ts';

export function App(): React.JSX.Element {
  const view = useUiStore((state) => state.view);
  const theme = useUiStore((state) => state.theme);
  const notice = useUiStore((state) => state.notice);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [profilesOpen, setProfilesOpen] = useState(false);
  const status = useConnectionStore((state) => state.status);
  useEffectiveTheme(theme);

  useEffect(() => {
    const { loadSettings, applyTheme } = useUiStore.getState();
    void loadSettings();
    const offSettings = noc.on('settings:changed', (settings) => applyTheme(settings.theme));
    const offConnection = useConnectionStore.getState().init();
    return () => {
      offSettings();
      offConnection();
    };
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
        {status.isDemo ? (
          <div className="demo-banner" role="note">
            Demo sandbox: generated data on a built-in demo platform, not a real tenant
          </div>
        ) : null}
        <div className="header-actions">
          <button type="button" className="button" onClick={() => setProfilesOpen(true)}>
            Profiles
          </button>
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
      <ProfilesDialog open={profilesOpen} onClose={() => setProfilesOpen(false)} />
    </div>
  );
}
