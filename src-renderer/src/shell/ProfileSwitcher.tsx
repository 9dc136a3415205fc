import { DropdownMenu } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import './shell-dialogs.css';

/** Ctrl+P (Cmd+P on macOS) opens the switcher, unless a dialog is open over the shell. */
function isSwitcherShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
}

/**
 * The profile on screen, in the header: its colour, name and production mark, and a menu to switch to another one.
 * A switch keeps the working connection until the new profile has signed in (main does that).
 */
export function ProfileSwitcher(): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const profiles = useConnectionStore((state) => state.profiles);
  const status = useConnectionStore((state) => state.status);
  const switching = useConnectionStore((state) => state.switching);
  const target = switching ? profiles.find((profile) => profile.id === switching) : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isSwitcherShortcut(event) || useUiStore.getState().dialog !== null) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const name = status.profileName ?? t('switcher.none');
  return (
    <DropdownMenu.Root open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger
        className="button profile-switcher"
        aria-label={t('switcher.label', { name })}
        aria-keyshortcuts="Control+P"
      >
        <span className="profile-dot" data-color={status.color ?? undefined} aria-hidden="true" />
        <span className="switcher-name">{target ? t('switcher.switching', { name: target.name }) : name}</span>
        {status.production ? <span className="badge production">{t('profiles.production')}</span> : null}
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="switcher-menu"
          align="start"
          sideOffset={4}
          aria-labelledby={undefined}
          aria-label={t('switcher.menu')}
        >
          <DropdownMenu.RadioGroup
            value={status.profileId ?? ''}
            onValueChange={(id) => {
              if (id !== status.profileId) void useConnectionStore.getState().connect(id);
            }}
          >
            {profiles.map((profile) => (
              <DropdownMenu.RadioItem key={profile.id} value={profile.id} className="switcher-item">
                <span className="profile-dot" data-color={profile.color ?? undefined} aria-hidden="true" />
                <span>{profile.name}</span>
                {profile.production ? <span className="badge production">{t('profiles.production')}</span> : null}
                {profile.isDemo ? <span className="badge demo">{t('status.demo')}</span> : null}
                {profile.id === status.profileId ? <span className="hint">{t('switcher.current')}</span> : null}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="switcher-separator" />
          <DropdownMenu.Item className="switcher-item" onSelect={() => useUiStore.getState().openDialog('profiles')}>
            {t('switcher.manage')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
