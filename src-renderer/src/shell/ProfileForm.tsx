import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AuthMode,
  ProfileColor,
  ProfileCreateInput,
  ProfileSummary,
  ProfileTestResult,
  ProfileUpdateInput,
} from '../../../src-preload/contract/index.ts';
import { describeError } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { ConnectionTestResult } from './ConnectionTestResult.tsx';

const COLORS: ProfileColor[] = ['blue', 'green', 'amber', 'red', 'purple', 'grey'];

interface Props {
  /** The profile to edit, or null for a new one. */
  profile: ProfileSummary | null;
  onDone: (saved: ProfileSummary | null) => void;
}

/**
 * Create or edit a profile. Secrets (password or auth token, and the client ID) go to main once and are never shown
 * again: their fields stay empty when editing, and an empty field keeps what is stored.
 */
export function ProfileForm({ profile, onDone }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const formId = useId();
  const [name, setName] = useState(profile?.name ?? '');
  const [baseUrl, setBaseUrl] = useState(profile?.baseUrl ?? 'https://');
  const [mode, setMode] = useState<AuthMode>(profile?.auth.mode ?? 'jwt');
  const [email, setEmail] = useState(profile?.auth.mode === 'jwt' ? profile.auth.email : '');
  const [clientId, setClientId] = useState('');
  const [secret, setSecret] = useState('');
  const [rootCustomerId, setRootCustomerId] = useState(profile?.rootCustomerId?.toString() ?? '');
  const [documentationUrl, setDocumentationUrl] = useState(profile?.documentationUrl ?? '');
  const [color, setColor] = useState<ProfileColor | null>(profile?.color ?? null);
  const [production, setProduction] = useState(profile?.production ?? false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState(false);
  const [tested, setTested] = useState<ProfileTestResult | null>(null);
  const { createProfile, updateProfile, testProfile } = useConnectionStore.getState();
  const isDemo = profile?.isDemo ?? false;

  /** Signs in and reads one page with the form as it is; saves nothing. */
  const test = async (): Promise<void> => {
    setError(null);
    setTested(null);
    if (!profile && secret === '') {
      setError(t('profileTest.needSecret'));
      return;
    }
    setTesting(true);
    try {
      setTested(
        await testProfile({
          ...(profile ? { id: profile.id } : {}),
          ...(!isDemo ? { baseUrl } : {}),
          auth:
            mode === 'jwt'
              ? {
                  mode,
                  email: isDemo && profile?.auth.mode === 'jwt' ? profile.auth.email : email,
                  ...(clientId ? { clientId } : {}),
                  ...(secret ? { password: secret } : {}),
                }
              : { mode, ...(clientId ? { clientId } : {}), ...(secret ? { authToken: secret } : {}) },
        }),
      );
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setTesting(false);
    }
  };

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    const root = rootCustomerId.trim() === '' ? null : Number(rootCustomerId);
    if (root !== null && (!Number.isInteger(root) || root <= 0)) {
      setError(t('profileForm.rootInvalid'));
      return;
    }
    const auth: ProfileCreateInput['auth'] =
      mode === 'jwt'
        ? { mode, email, clientId, ...(secret ? { password: secret } : {}) }
        : { mode, clientId, ...(secret ? { authToken: secret } : {}) };
    const authUpdate: NonNullable<ProfileUpdateInput['auth']> = {
      ...auth,
      clientId: clientId === '' ? undefined : clientId,
    };
    // Only what changed goes to main: renaming a profile must not sign it out or touch its secret.
    const changesOf = (existing: ProfileSummary): ProfileUpdateInput => {
      const authChanged =
        secret !== '' ||
        clientId !== '' ||
        mode !== existing.auth.mode ||
        (existing.auth.mode === 'jwt' && email !== existing.auth.email);
      return {
        id: existing.id,
        ...(name !== existing.name ? { name } : {}),
        ...(!isDemo && baseUrl !== existing.baseUrl ? { baseUrl } : {}),
        ...(!isDemo && authChanged ? { auth: authUpdate } : {}),
        ...(!isDemo && root !== existing.rootCustomerId ? { rootCustomerId: root } : {}),
        ...(!isDemo && documentationUrl.trim() !== (existing.documentationUrl ?? '')
          ? { documentationUrl: documentationUrl.trim() || null }
          : {}),
        ...(color !== (existing.color ?? null) ? { color } : {}),
        ...(production !== (existing.production ?? false) ? { production } : {}),
      };
    };
    setSaving(true);
    try {
      const saved = profile
        ? await updateProfile(changesOf(profile))
        : await createProfile({
            name,
            baseUrl,
            auth,
            rootCustomerId: root,
            ...(documentationUrl.trim() ? { documentationUrl: documentationUrl.trim() } : {}),
            color,
            production,
          });
      onDone(saved);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  const secretLabel = mode === 'jwt' ? t('profileForm.password') : t('profileForm.authToken');
  return (
    <form
      className="profile-form"
      aria-label={profile ? t('profileForm.editLabel', { name: profile.name }) : t('profileForm.newTitle')}
      onSubmit={(event) => void submit(event)}
    >
      <h3>{profile ? t('profileForm.editTitle', { name: profile.name }) : t('profileForm.newTitle')}</h3>
      <label>
        {t('profileForm.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={80} />
      </label>
      <div className="form-row">
        <label>
          {t('profileForm.color')}
          <select
            value={color ?? ''}
            onChange={(event) => setColor(COLORS.find((candidate) => candidate === event.target.value) ?? null)}
          >
            <option value="">{t('profileForm.colors.none')}</option>
            {COLORS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`profileForm.colors.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={production} onChange={(event) => setProduction(event.target.checked)} />
          {t('profileForm.production')}
        </label>
      </div>
      {isDemo ? (
        <p className="hint">{t('profileForm.demoFixed')}</p>
      ) : (
        <>
          <label>
            {t('profileForm.baseUrl')}
            <input
              value={baseUrl}
              onChange={(event) => setBaseUrl(event.target.value)}
              required
              inputMode="url"
              spellCheck={false}
            />
          </label>
          <fieldset>
            <legend>{t('profileForm.signIn')}</legend>
            <label className="inline">
              <input type="radio" name={`${formId}-mode`} checked={mode === 'jwt'} onChange={() => setMode('jwt')} />
              {t('profileForm.jwt')}
            </label>
            <label className="inline">
              <input
                type="radio"
                name={`${formId}-mode`}
                checked={mode === 'static-key'}
                onChange={() => setMode('static-key')}
              />
              {t('profileForm.staticKey')}
            </label>
          </fieldset>
          {mode === 'jwt' ? (
            <label>
              {t('profileForm.email')}
              <input
                type="email"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                required
                autoComplete="off"
              />
            </label>
          ) : null}
          <label>
            {t('profileForm.clientId')}
            <input
              type="password"
              value={clientId}
              onChange={(event) => setClientId(event.target.value)}
              required={profile === null}
              spellCheck={false}
              autoComplete="off"
              placeholder={
                profile?.auth.clientIdMasked
                  ? t('profileForm.keepClientId', { masked: profile.auth.clientIdMasked })
                  : ''
              }
            />
          </label>
          <label>
            {secretLabel}
            <input
              type="password"
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
              autoComplete="new-password"
              placeholder={profile?.secretStored && profile.auth.mode === mode ? t('profileForm.keepSecret') : ''}
            />
          </label>
          <label>
            {t('profileForm.rootCustomer')}
            <input
              value={rootCustomerId}
              onChange={(event) => setRootCustomerId(event.target.value)}
              inputMode="numeric"
            />
          </label>
          <label>
            {t('profileForm.documentationUrl')}
            <input
              value={documentationUrl}
              onChange={(event) => setDocumentationUrl(event.target.value)}
              inputMode="url"
              spellCheck={false}
              placeholder={t('profileForm.documentationExample')}
            />
          </label>
          <p className="hint">{t('profileForm.secretHint', { what: secretLabel.toLowerCase() })}</p>
        </>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {tested ? <ConnectionTestResult result={tested} /> : null}
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={() => onDone(null)}>
          {t('profileForm.cancel')}
        </button>
        <button type="button" className="button" disabled={testing} onClick={() => void test()}>
          {testing ? t('profileTest.testing') : t('profileTest.test')}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? t('profileForm.saving') : t('profileForm.save')}
        </button>
      </div>
    </form>
  );
}
