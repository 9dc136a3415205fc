import { useId, useState } from 'react';
import type { AuthMode, ProfileCreateInput, ProfileSummary } from '../../../src-preload/contract/index.ts';
import { describeError } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';

interface Props {
  /** The profile to edit, or null for a new one. */
  profile: ProfileSummary | null;
  onDone: (saved: ProfileSummary | null) => void;
}

/** Create or edit a profile. Secrets go to main once and are never shown again: the field stays empty when editing. */
export function ProfileForm({ profile, onDone }: Props): React.JSX.Element {
  const formId = useId();
  const [name, setName] = useState(profile?.name ?? '');
  const [baseUrl, setBaseUrl] = useState(profile?.baseUrl ?? 'https://');
  const [mode, setMode] = useState<AuthMode>(profile?.auth.mode ?? 'jwt');
  const [email, setEmail] = useState(profile?.auth.mode === 'jwt' ? profile.auth.email : '');
  const [clientId, setClientId] = useState(profile?.auth.clientId ?? '');
  const [secret, setSecret] = useState('');
  const [rootCustomerId, setRootCustomerId] = useState(profile?.rootCustomerId?.toString() ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { createProfile, updateProfile } = useConnectionStore.getState();
  const isDemo = profile?.isDemo ?? false;

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    const root = rootCustomerId.trim() === '' ? null : Number(rootCustomerId);
    if (root !== null && (!Number.isInteger(root) || root <= 0)) {
      setError('Root customer ID must be a whole number, or empty.');
      return;
    }
    const auth: ProfileCreateInput['auth'] =
      mode === 'jwt'
        ? { mode, email, clientId, ...(secret ? { password: secret } : {}) }
        : { mode, clientId, ...(secret ? { authToken: secret } : {}) };
    setSaving(true);
    try {
      const saved = profile
        ? await updateProfile(isDemo ? { id: profile.id, name } : { id: profile.id, name, baseUrl, auth, rootCustomerId: root })
        : await createProfile({ name, baseUrl, auth, rootCustomerId: root });
      onDone(saved);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  const secretLabel = mode === 'jwt' ? 'Password' : 'Auth token';
  return (
    <form className="profile-form" aria-label={profile ? `Edit profile ${profile.name}` : 'New profile'} onSubmit={(event) => void submit(event)}>
      <h3>{profile ? `Edit ${profile.name}` : 'New profile'}</h3>
      <label>
        Name
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={80} />
      </label>
      {isDemo ? (
        <p className="hint">The demo sandbox always uses the built-in demo platform; only its name can change.</p>
      ) : (
        <>
          <label>
            Base URL
            <input value={baseUrl} onChange={(event) => setBaseUrl(event.target.value)} required inputMode="url" spellCheck={false} />
          </label>
          <fieldset>
            <legend>Sign-in method</legend>
            <label className="inline">
              <input type="radio" name={`${formId}-mode`} checked={mode === 'jwt'} onChange={() => setMode('jwt')} />
              E-mail and password (JWT)
            </label>
            <label className="inline">
              <input type="radio" name={`${formId}-mode`} checked={mode === 'static-key'} onChange={() => setMode('static-key')} />
              Static API key
            </label>
          </fieldset>
          {mode === 'jwt' ? (
            <label>
              E-mail
              <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} required autoComplete="off" />
            </label>
          ) : null}
          <label>
            Client ID
            <input value={clientId} onChange={(event) => setClientId(event.target.value)} required spellCheck={false} autoComplete="off" />
          </label>
          <label>
            {secretLabel}
            <input
              type="password"
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
              autoComplete="new-password"
              placeholder={profile?.secretStored && profile.auth.mode === mode ? 'Stored in the keychain (leave empty to keep it)' : ''}
            />
          </label>
          <label>
            Root customer ID (optional)
            <input value={rootCustomerId} onChange={(event) => setRootCustomerId(event.target.value)} inputMode="numeric" />
          </label>
          <p className="hint">The {secretLabel.toLowerCase()} is kept in your operating system&apos;s keychain, never in a file.</p>
        </>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
