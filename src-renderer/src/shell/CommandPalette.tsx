import { Command } from 'cmdk';
import { Dialog, VisuallyHidden } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeGrid } from '../grid/active-grid.ts';
import { localized } from '../grid/format.ts';
import { describeError } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useResourcesStore } from '../state/resources-store.ts';
import { useUiStore, type DialogId } from '../state/ui-store.ts';
import { RESOURCE_VIEWS } from '../views/resource-views.ts';

/** Actions that work on rows other than the selected ones (or create rows) need no selection. */
function needsSelection(action: { id: string; scope: string }): boolean {
  return action.scope === 'selection' && action.id !== 'import-csv' && action.id !== 'create-forward';
}

function Item(props: { value: string; onSelect: () => void; hint?: string; children: React.ReactNode }) {
  return (
    <Command.Item value={props.value} onSelect={props.onSelect} className="palette-item">
      <span>{props.children}</span>
      {props.hint ? <kbd className="palette-hint">{props.hint}</kbd> : null}
    </Command.Item>
  );
}

/** Ctrl+K: every view, the actions on the selected rows, the profiles and the settings, found by typing. */
export function CommandPalette(): React.JSX.Element {
  const { t } = useTranslation();
  const open = useUiStore((state) => state.dialog === 'palette');
  const descriptors = useResourcesStore((state) => state.descriptors);
  const profiles = useConnectionStore((state) => state.profiles);
  const activeProfileId = useConnectionStore((state) => state.status.profileId);
  const [search, setSearch] = useState('');
  const ui = useUiStore.getState();
  const grid = open ? activeGrid() : null;
  const selected = grid ? grid.selected() : [];
  const actions = grid ? grid.descriptor.actions.filter((action) => action.id !== 'edit-cell') : [];

  const run = (then: () => void): void => {
    ui.closeDialog();
    setSearch('');
    then();
  };
  const dialog = (id: DialogId): void => run(() => ui.openDialog(id));

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          ui.closeDialog();
          setSearch('');
        }
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="radix-overlay" />
        <Dialog.Content className="palette" aria-describedby={undefined}>
          <VisuallyHidden.Root asChild>
            <Dialog.Title>{t('palette.title')}</Dialog.Title>
          </VisuallyHidden.Root>
          <Command label={t('palette.title')} loop vimBindings={false}>
            <Command.Input
              className="palette-input"
              value={search}
              onValueChange={setSearch}
              placeholder={t('palette.placeholder')}
            />
            <Command.List className="palette-list">
              <Command.Empty className="hint">{t('palette.none')}</Command.Empty>
              <Command.Group heading={t('palette.views')}>
                <Item value="view overview" hint="Ctrl+0" onSelect={() => run(() => ui.selectView('overview'))}>
                  {t('overview.nav')}
                </Item>
                {RESOURCE_VIEWS.map((view, index) => {
                  const descriptor = descriptors.find((entry) => entry.id === view.id);
                  const label = descriptor ? localized(descriptor.label) : view.id;
                  return (
                    <Item
                      key={view.id}
                      value={`view ${label}`}
                      hint={`Ctrl+${index + 1}`}
                      onSelect={() => run(() => ui.selectView(view.id))}
                    >
                      {label}
                    </Item>
                  );
                })}
                <Item value={`view ${t('history.nav')}`} onSelect={() => run(() => ui.selectView('history'))}>
                  {t('history.nav')}
                </Item>
              </Command.Group>
              {grid && actions.length > 0 ? (
                <Command.Group heading={t('palette.actions', { count: selected.length })}>
                  {actions.map((action) => (
                    <Command.Item
                      key={action.id}
                      value={`action ${localized(action.label)}`}
                      className="palette-item"
                      disabled={needsSelection(action) && selected.length === 0}
                      onSelect={() =>
                        run(() =>
                          useBulkStore.getState().open({
                            kind: 'params',
                            resource: grid.descriptor.id,
                            action: action.id,
                            targets: selected,
                          }),
                        )
                      }
                    >
                      <span>{localized(action.label)}</span>
                      {needsSelection(action) && selected.length === 0 ? (
                        <span className="hint">{t('palette.selectFirst')}</span>
                      ) : null}
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
              <Command.Group heading={t('palette.search')}>
                <Item value={`search everywhere ${search}`} onSelect={() => run(() => ui.searchEverywhere(search))}>
                  {search.trim() ? t('palette.searchFor', { query: search.trim() }) : t('palette.searchEverywhere')}
                </Item>
                {grid ? (
                  <Item value="grid focus" onSelect={() => run(() => ui.focusGrid())}>
                    {t('palette.focusGrid')}
                  </Item>
                ) : null}
              </Command.Group>
              <Command.Group heading={t('palette.profiles')}>
                {profiles
                  .filter((profile) => profile.id !== activeProfileId)
                  .map((profile) => (
                    <Item
                      key={profile.id}
                      value={`profile ${profile.name}`}
                      onSelect={() =>
                        run(
                          () =>
                            void useConnectionStore
                              .getState()
                              .connect(profile.id)
                              .catch((failure: unknown) => useUiStore.setState({ notice: describeError(failure) })),
                        )
                      }
                    >
                      {t('palette.connectTo', { name: profile.name })}
                    </Item>
                  ))}
                <Item value="profiles manage" onSelect={() => dialog('profiles')}>
                  {t('palette.manageProfiles')}
                </Item>
              </Command.Group>
              <Command.Group heading={t('palette.settings')}>
                <Item value="settings" onSelect={() => dialog('settings')}>
                  {t('palette.openSettings')}
                </Item>
                <Item value="jobs" onSelect={() => dialog('jobs')}>
                  {t('bulk.jobs')}
                </Item>
                <Item value="schema" onSelect={() => dialog('schema')}>
                  {t('schema.open')}
                </Item>
                <Item value="shortcuts keyboard" hint="?" onSelect={() => dialog('shortcuts')}>
                  {t('shortcuts.title')}
                </Item>
                <Item value="about" onSelect={() => dialog('about')}>
                  {t('header.about')}
                </Item>
              </Command.Group>
            </Command.List>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
