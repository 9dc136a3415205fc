import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../src-preload/contract/index.ts';
import { describeError } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { ProfileForm } from './ProfileForm.tsx';
import { statusReason } from './problem-text.ts';
import { ShellDialog } from './ShellDialog.tsx';
import { SwitchFailureNotice } from './SwitchFailureNotice.tsx';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; profile: ProfileSummary };

export function ProfilesDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const profiles = useConnectionStore((state) => state.profiles);
  const status = useConnectionStore((state) => state.status);
  const keychain = useConnectionStore((state) => state.keychain);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [problem, setProblem] = useState<string | null>(null);
  /** The profile whose Delete was pressed: asked here, in the card, not in a native confirm box. */
  const [confirming, setConfirming] = useState<string | null>(null);

  const act = async (action: () => Promise<unknown>): Promise<void> => {
    setProblem(null);
    try {
      await action();
    } catch (failure) {
      setProblem(describeError(failure));
    }
  };
  const { connect, disconnect, deleteProfile, restoreDemo } = useConnectionStore.getState();
  const switching = useConnectionStore((state) => state.switching);
  const hasDemo = profiles.some((profile) => profile.isDemo);

  return (
    <ShellDialog
      open={props.open}
      onClose={() => {
        setEditing({ kind: 'none' });
        props.onClose();
      }}
      title={t('profiles.title')}
      closeLabel={t('profiles.close')}
      wide
    >
      <SwitchFailureNotice />
      {keychain && !keychain.available ? (
        <p role="alert" className="form-error">
          {t('profiles.keychainMissing', { reason: keychain.reason ?? '' })}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      {editing.kind === 'none' ? (
        <>
          <ul className="profile-list" aria-label={t('profiles.list')}>
            {profiles.map((profile) => {
              const isCurrent = status.profileId === profile.id;
              const state = isCurrent ? status.state : switching === profile.id ? 'connecting' : 'no-profile';
              const reason = isCurrent ? statusReason(t, status) : null;
              return (
                <li key={profile.id} className="profile-card" aria-label={profile.name}>
                  <div className="profile-main">
                    <div className="profile-title">
                      <span className="profile-dot" data-color={profile.color ?? undefined} aria-hidden="true" />
                      <strong>{profile.name}</strong>
                      {profile.isDemo ? <span className="badge demo">{t('status.demo')}</span> : null}
                      {profile.production ? <span className="badge production">{t('profiles.production')}</span> : null}
                      <span className="profile-state" data-state={state}>
                        {isCurrent && status.problem && state !== 'connected'
                          ? t(`problem.short.${status.problem.code}`)
                          : t(`profiles.states.${state}`)}
                      </span>
                    </div>
                    <div className="profile-facts">
                      <span>
                        {profile.isDemo
                          ? profile.baseUrl
                            ? t('profiles.builtInDemoAt', { url: profile.baseUrl })
                            : t('profiles.builtInDemo')
                          : profile.baseUrl}
                      </span>
                      <span>
                        {profile.auth.mode === 'jwt'
                          ? t('profiles.jwtClient', {
                              email: profile.auth.email,
                              clientId: profile.auth.clientIdMasked ?? '—',
                            })
                          : t('profiles.staticKeyClient', { clientId: profile.auth.clientIdMasked ?? '—' })}
                      </span>
                      <span>
                        {profile.secretStored
                          ? t(profile.auth.mode === 'jwt' ? 'profiles.passwordStored' : 'profiles.tokenStored')
                          : t('profiles.noSecret')}
                      </span>
                    </div>
                    {reason ? <p className="form-error">{reason}</p> : null}
                    {!reason && !profile.secretStored && !profile.isDemo ? (
                      <p className="form-error">
                        {t(profile.auth.mode === 'jwt' ? 'problem.password-missing' : 'problem.token-missing')}
                      </p>
                    ) : null}
                  </div>
                  <div className="profile-actions">
                    {isCurrent && status.state === 'connected' ? (
                      <button type="button" className="button" onClick={() => void act(disconnect)}>
                        {t('profiles.disconnect')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button primary"
                        disabled={switching !== null}
                        onClick={() => void act(() => connect(profile.id))}
                      >
                        {t('profiles.connect')}
                      </button>
                    )}
                    <button type="button" className="button" onClick={() => setEditing({ kind: 'edit', profile })}>
                      {t('profiles.edit')}
                    </button>
                    <button type="button" className="button danger" onClick={() => setConfirming(profile.id)}>
                      {t('profiles.delete')}
                    </button>
                  </div>
                  {confirming === profile.id ? (
                    <div role="group" aria-label={t('profiles.delete')} className="confirm-delete">
                      <p>{t('profiles.confirmDelete', { name: profile.name })}</p>
                      <button type="button" className="button" autoFocus onClick={() => setConfirming(null)}>
                        {t('profileForm.cancel')}
                      </button>
                      <button
                        type="button"
                        className="button danger"
                        onClick={() => {
                          setConfirming(null);
                          void act(() => deleteProfile(profile.id));
                        }}
                      >
                        {t('profiles.delete')}
                      </button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {profiles.length === 0 ? <p className="hint">{t('profiles.none')}</p> : null}
          <div className="form-actions">
            <button type="button" className="button primary" onClick={() => setEditing({ kind: 'new' })}>
              {t('profiles.new')}
            </button>
            {hasDemo ? null : (
              <button type="button" className="button" onClick={() => void act(restoreDemo)}>
                {t('profiles.restoreDemo')}
              </button>
            )}
          </div>
        </>
      ) : (
        <ProfileForm
          profile={editing.kind === 'edit' ? editing.profile : null}
          onDone={() => setEditing({ kind: 'none' })}
        />
      )}
    </ShellDialog>
  );
}
