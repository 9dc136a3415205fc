import { actionsMessagesEn } from './messages/actions.en.ts';
import { bulkMessagesEn } from './messages/bulk.en.ts';
import { errorsMessagesEn } from './messages/errors.en.ts';
import { columnsMessagesEn } from './messages/columns.en.ts';
import { overviewMessagesEn } from './messages/overview.en.ts';
import { resourcesMessagesEn } from './messages/resources.en.ts';

/**
 * Messages main sends as { code, params } (src-preload/contract/messages.ts), under `msg.<code>`. Dutch
 * (messages.nl.ts) has the same keys: the type checker enforces it, a unit test checks every code main uses.
 */
export const messagesEn = {
  bulk: bulkMessagesEn,
  resources: resourcesMessagesEn,
  columns: columnsMessagesEn,
  actions: actionsMessagesEn,
  overview: overviewMessagesEn,
  errors: errorsMessagesEn,
  common: {
    status: '{{value}}',
    empty: '(empty)',
    quoted: '"{{text}}"',
    /** A name or value as the platform spells it (a field without a label, a unit code). */
    verbatim: '{{text}}',
    unknown: 'The console has no text for this message ({{code}}).',
    technicalDetails: 'Technical details',
  },
  grids: {
    itemLinkRefused:
      'This link does not point at a single item the console knows, so it was not opened. Nothing was sent to the platform.',
  },
  profiles: {
    clientIdMissing: 'No client ID is stored for this profile. Edit the profile and enter it again.',
  },
  platform: {
    withPlatformText: '{{text}} The platform said: “{{said}}”',
    network: "The platform cannot be reached: check the network connection, VPN or proxy, and the profile's address.",
    timeout: 'The platform did not answer within {{seconds, number}} s. Try again later.',
    cancelled: 'The request was cancelled.',
    unknownOutcome:
      'No confirmation arrived: the platform may have made the change. Check the current state (reconcile) before trying again.',
    signedOut:
      'Signed out: the platform refused the sign-in (expired, or a wrong e-mail address, password, client ID or auth token). Enter the password (or auth token) in the profile again and sign in.',
    rateLimited: "The platform's request limit was reached. Nothing was changed; wait a moment and try again.",
    rateLimitedWait:
      "The platform's request limit was reached; it asks to wait {{seconds, number}} s. Nothing was changed; try again after the wait.",
    unavailable:
      'The platform is unavailable: it kept answering with server errors, so the console stopped trying for now to spare it. Try again in a few minutes.',
    tooLarge: "The platform's answer is larger than {{mib, number}} MiB; the console stopped reading it.",
    rejectedValues: 'The platform refused the values: {{list}}.',
    invalid: 'The platform refused the request as invalid (code {{status}}).',
    credentialsRefused:
      'The platform refused the sign-in: the session expired, or the e-mail address, password or client ID is wrong. Enter the password in the profile again.',
    forbidden:
      "Access denied: this computer's IP address may not be on the platform's allow list, or the API user lacks the superuser or wholesaler rights this needs.",
    notFound: 'Not found: the item no longer exists or is outside your customer tree.',
    signInAddress:
      "Signing in failed: there is no sign-in of the platform at this address (code {{status}}). Check the profile's base URL.",
    notAllowed: 'The platform does not allow this on this item.',
    conflict: 'The platform reported a conflict with the current state of the item.',
    contentType: 'The platform refused the format of the request. Please report this to support.',
    serverError:
      'The platform had a server error (code {{status}}). Try again later; if it keeps happening, contact the platform provider.',
    failed: 'The platform refused the request (code {{status}}).',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type MessageTranslations = Shape<typeof messagesEn>;
