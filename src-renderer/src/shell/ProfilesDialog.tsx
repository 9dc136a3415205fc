import { useEffect, useRef, useState } from 'react';
import type { ProfileSummary } from '../../../src-preload/contract/index.ts';
import { describeError } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { ProfileForm } from './ProfileForm.tsx';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; profile: ProfileSummary };

export function ProfilesDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const profiles = useConnectionStore((state) => state.profiles);
  const status = useConnectionStore((state) => state.status);
  const keychain = useConnectionStore((state) => state.keychain);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    else if (!props.open && element.open) element.close();
  }, [props.open]);

  const act = async (action: () => Promise<unknown>): Promise<void> => {
    setProblem(null);
    try {
      await action();
    } catch (failure) {
      setProblem(describeError(failure));
    }
  };
  const { connect, disconnect, deleteProfile } = useConnectionStore.getState();

  return (
    <dialog ref={dialog} className="dialog wide" aria-labelledby="profiles-title" onClose={props.onClose}>
      <div className="dialog-header">
        <h2 id="profiles-title">Profiles</h2>
        <button type="button" className="button ghost" onClick={props.onClose} aria-label="Close profiles">
          ✕
        </button>
      </div>
      {keychain && !keychain.available ? (
        <p role="alert" className="form-error">
          No OS keychain is available ({keychain.reason}). Passwords cannot be stored until a keychain (on Linux a Secret
          Service such as GNOME Keyring) is running; NOC Console never stores them in a file.
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      {editing.kind === 'none' ? (
        <>
          <ul className="profile-list" aria-label="Profiles">
            {profiles.map((profile) => {
              const isCurrent = status.profileId === profile.id;
              const state = isCurrent ? status.state : 'not connected';
              return (
                <li key={profile.id} className="profile-card" aria-label={profile.name}>
                  <div className="profile-main">
                    <div className="profile-title">
                      <strong>{profile.name}</strong>
                      {profile.isDemo ? <span className="badge demo">Demo</span> : null}
                      <span className="profile-state" data-state={state}>
                        {state}
                      </span>
                    </div>
                    <div className="profile-facts">
                      <span>{profile.isDemo ? `Built-in demo platform${profile.baseUrl ? ` at ${profile.baseUrl}` : ''}` : profile.baseUrl}</span>
                      <span>{profile.auth.mode === 'jwt' ? `${profile.auth.email} · client ${profile.auth.clientId}` : `Static key · client ${profile.auth.clientId}`}</span>
                      <span>{profile.secretStored ? `${profile.auth.mode === 'jwt' ? 'Password' : 'Auth token'} stored in the keychain` : 'No secret stored'}</span>
                    </div>
                    {isCurrent && status.message ? <p className="form-error">{status.message}</p> : null}
                  </div>
                  <div className="profile-actions">
                    {isCurrent && status.state === 'connected' ? (
                      <button type="button" className="button" onClick={() => void act(disconnect)}>
                        Disconnect
                      </button>
                    ) : (
                      <button type="button" className="button primary" onClick={() => void act(() => connect(profile.id))}>
                        Connect
                      </button>
                    )}
                    <button type="button" className="button" onClick={() => setEditing({ kind: 'edit', profile })}>
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button danger"
                      onClick={() => {
                        if (window.confirm(`Delete the profile "${profile.name}" and its keychain entry?`)) void act(() => deleteProfile(profile.id));
                      }}
                    >
                      Delete
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          {profiles.length === 0 ? <p className="hint">No profiles yet. Create one to connect to your platform.</p> : null}
          <button type="button" className="button primary" onClick={() => setEditing({ kind: 'new' })}>
            New profile
          </button>
        </>
      ) : (
        <ProfileForm profile={editing.kind === 'edit' ? editing.profile : null} onDone={() => setEditing({ kind: 'none' })} />
      )}
    </dialog>
  );
}
