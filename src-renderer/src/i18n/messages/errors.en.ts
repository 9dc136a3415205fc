/** Main's refusals and failures an operator meets (AppError details.text), under `msg.errors.<code>`. */
export const errorsMessagesEn = {
  notConnected: 'No profile is connected. Open Profiles and connect one.',
  offline: 'The platform cannot be reached right now. The console keeps trying in the background.',
  noProfile: 'no profile',
  connectionFailed: 'The connection failed.',
  switchFailed: 'Could not switch to {{name}}. {{reason}} Still connected to {{current}}.',
  profileNotFound: 'That profile no longer exists. Pick another profile or create one.',
  profileChanged:
    'Another profile was connected while this job ran; it stops here and can be resumed from its own profile.',
  demoProfileFixed: 'The demo sandbox always uses the built-in demo platform; only its name can change.',
  documentationUrlRefused:
    'The documentation address must be a path on the platform or an address on the same host as the base URL.',
  baseUrlMissing: 'This profile has no base URL. Edit it and enter the platform address.',
  secret: {
    password: 'password',
    authToken: 'auth token',
  },
  secretRequired: {
    new: 'Enter the {{secret}}: a new profile cannot connect without it.',
    modeChanged: 'The sign-in method changed: enter the new password or auth token.',
    addressChanged:
      'The address changed to {{host}}: enter the {{secret}} again, so that it is only sent to the platform you chose.',
  },
  secretMissing: 'No password or auth token is stored for this profile. Edit the profile and enter it again.',
  keychainUnavailable:
    'No keychain is available on this computer, so the secret was not stored. On Linux, start GNOME Keyring or KWallet and try again. NOC Console never stores passwords in a file.',
  baseUrl: {
    empty: 'The base URL is empty. Enter the platform address, e.g. https://api.example.nl.',
    invalid: '"{{text}}" is not a valid address. Enter a full address starting with https://.',
    credentials:
      'The base URL must not contain a user name or password; those belong in the sign-in fields of the profile.',
    queryOrFragment: 'The base URL must end with the address of the platform: nothing after a "?" or "#".',
    plainHttp:
      'Plain http is refused for {{host}}: passwords and tokens would travel unencrypted. Use https:// (plain http is only allowed for this computer itself).',
    protocol: 'The address type "{{protocol}}" is not supported; use https://.',
  },
  related: {
    notInOfflineCopy: 'This item is not in the offline copy.',
    notAService: 'This is not a service.',
    blockWithoutRange: 'This block has no first and last number.',
    blockWithoutPool: 'This block belongs to no number pool.',
  },
  cache: {
    writeFailed: 'The offline copy could not be saved; the previous copy is kept.',
    closed: 'The offline copy of this profile is closed.',
  },
};
