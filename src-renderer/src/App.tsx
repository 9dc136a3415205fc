import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { noc } from './noc.ts';
import { JobsDialog } from './bulk/JobsDialog.tsx';
import { AboutDialog } from './shell/AboutDialog.tsx';
import { localized } from './grid/format.ts';
import { isResourceViewId } from './views/resource-views.ts';
import { ProfilesDialog } from './shell/ProfilesDialog.tsx';
import { ProfileSwitcher } from './shell/ProfileSwitcher.tsx';
import { SettingsDialog } from './shell/SettingsDialog.tsx';
import { SwitchFailureNotice } from './shell/SwitchFailureNotice.tsx';
import { PlatformSchemaDialog } from './schema/PlatformSchemaDialog.tsx';
import { useSchemaStore } from './state/schema-store.ts';
import { Sidebar } from './shell/Sidebar.tsx';
import { StatusBar } from './shell/StatusBar.tsx';
import { useBulkStore } from './state/bulk-store.ts';
import { useConnectionStore } from './state/connection-store.ts';
import { useResourcesStore } from './state/resources-store.ts';
import { useEffectiveTheme } from './state/use-effective-theme.ts';
import { useUiStore } from './state/ui-store.ts';
import { ResourceView } from './views/ResourceView.tsx';
import { OverviewView } from './overview/OverviewView.tsx';
import { useOverviewStore } from './overview/overview-store.ts';
import { SearchBox } from './search/SearchBox.tsx';
import { HistoryView } from './history/HistoryView.tsx';
import { CommandPalette } from './shell/CommandPalette.tsx';
import { ShortcutsDialog } from './shell/ShortcutsDialog.tsx';
import { SkipLink } from './shell/SkipLink.tsx';
import { useGlobalShortcuts } from './shell/use-global-shortcuts.ts';

export function App(): React.JSX.Element {
  const { t } = useTranslation();
  const view = useUiStore((state) => state.view);
  const theme = useUiStore((state) => state.settings.theme);
  const notice = useUiStore((state) => state.notice);
  const descriptors = useResourcesStore((state) => state.descriptors);
  const registryError = useResourcesStore((state) => state.error);
  const status = useConnectionStore((state) => state.status);
  const dialog = useUiStore((state) => state.dialog);
  const { openDialog, closeDialog } = useUiStore.getState();
  const interrupted = useBulkStore((state) => state.interrupted);
  const effectiveTheme = useEffectiveTheme(theme);
  useGlobalShortcuts();

  useEffect(() => {
    const ui = useUiStore.getState();
    void ui.loadSettings();
    void useResourcesStore.getState().load();
    const offSettings = noc.on('settings:changed', (settings) => useUiStore.getState().applySettings(settings));
    const offMenu = noc.on('app:open-dialog', (dialog) => useUiStore.getState().openDialog(dialog));
    const offNotice = noc.on('cache:notice', () => useUiStore.setState({ notice: t('grid.cacheDropped') }));
    const offConnection = useConnectionStore.getState().init();
    const offBulk = useBulkStore.getState().init();
    const offOverview = useOverviewStore.getState().init();
    const offSchema = useSchemaStore.getState().init();
    return () => {
      offOverview();
      offSchema();
      offSettings();
      offMenu();
      offNotice();
      offConnection();
      offBulk();
    };
  }, [t]);

  useEffect(() => {
    if (status.profileId) void useBulkStore.getState().reload();
  }, [status.profileId]);

  useEffect(() => {
    document.title = status.profileName ? t('header.windowTitle', { profile: status.profileName }) : t('app.name');
  }, [status.profileName, t]);

  const descriptor = descriptors.find((candidate) => candidate.id === view);

  return (
    <div className="app-shell">
      <SkipLink toGrid={descriptor !== undefined} />
      <header className="app-header" data-production={status.production === true}>
        <div className="brand">
          {/* the logo's letter, hidden from assistive technology: not a word to translate */}
          {/* eslint-disable-next-line i18next/no-literal-string */}
          <span className="brand-mark" aria-hidden="true">
            N
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        {status.isDemo ? (
          <div className="demo-banner" role="note">
            {t('app.demoBanner')}
          </div>
        ) : null}
        <SearchBox />
        <div className="header-actions">
          <ProfileSwitcher />
          <button type="button" className="button" onClick={() => openDialog('jobs')}>
            {t('bulk.jobs')}
          </button>
          <button type="button" className="button" onClick={() => openDialog('profiles')}>
            {t('header.profiles')}
          </button>
          <button type="button" className="button" onClick={() => openDialog('schema')}>
            {t('schema.open')}
          </button>
          <button type="button" className="button" onClick={() => openDialog('settings')}>
            {t('header.settings')}
          </button>
          <button type="button" className="button ghost" onClick={() => openDialog('about')}>
            {t('header.about')}
          </button>
        </div>
      </header>
      <Sidebar />
      <main className="app-main" id="main-content" tabIndex={-1}>
        <SwitchFailureNotice />
        {notice || registryError ? (
          <div role="alert" className="notice">
            {notice ?? registryError}
            <button type="button" className="button ghost" onClick={() => useUiStore.getState().dismissNotice()}>
              {t('common.dismiss')}
            </button>
          </div>
        ) : null}
        {interrupted.map((job) => (
          <div key={job.jobId} role="alert" className="notice warning">
            {t('bulk.interruptedNotice', {
              title: localized(job.title),
              applied: job.counts.applied,
              total: job.counts.total - job.counts.skipped,
            })}
            <button
              type="button"
              className="button"
              onClick={() => {
                if (isResourceViewId(job.resource)) useUiStore.getState().selectView(job.resource);
                useBulkStore.setState((state) => ({
                  interrupted: state.interrupted.filter((entry) => entry.jobId !== job.jobId),
                }));
                useBulkStore.getState().open({ kind: 'job', jobId: job.jobId });
              }}
            >
              {t('bulk.review')}
            </button>
          </div>
        ))}
        {view === 'overview' ? <OverviewView onOpenJobs={() => openDialog('jobs')} /> : null}
        {view === 'history' ? <HistoryView /> : null}
        {descriptor ? (
          <ResourceView
            key={descriptor.id}
            descriptor={descriptor}
            theme={effectiveTheme}
            onOpenSchema={() => openDialog('schema')}
          />
        ) : null}
      </main>
      <StatusBar />
      <AboutDialog open={dialog === 'about'} onClose={closeDialog} />
      <ProfilesDialog open={dialog === 'profiles'} onClose={closeDialog} />
      <SettingsDialog open={dialog === 'settings'} onClose={closeDialog} />
      <JobsDialog open={dialog === 'jobs'} onClose={closeDialog} />
      <PlatformSchemaDialog open={dialog === 'schema'} onClose={closeDialog} />
      <CommandPalette />
      <ShortcutsDialog />
    </div>
  );
}
