import { actionsMessagesNl } from './messages/actions.nl.ts';
import { bulkMessagesNl } from './messages/bulk.nl.ts';
import { errorsMessagesNl } from './messages/errors.nl.ts';
import { columnsMessagesNl } from './messages/columns.nl.ts';
import { overviewMessagesNl } from './messages/overview.nl.ts';
import { resourcesMessagesNl } from './messages/resources.nl.ts';
import type { MessageTranslations } from './messages.en.ts';

export const messagesNl: MessageTranslations = {
  bulk: bulkMessagesNl,
  resources: resourcesMessagesNl,
  columns: columnsMessagesNl,
  actions: actionsMessagesNl,
  overview: overviewMessagesNl,
  errors: errorsMessagesNl,
  common: {
    status: '{{value}}',
    empty: '(leeg)',
    quoted: '"{{text}}"',
    verbatim: '{{text}}',
    unknown: 'De console heeft geen tekst voor deze melding ({{code}}).',
    technicalDetails: 'Technische details',
  },
  grids: {
    itemLinkRefused:
      'Deze link wijst niet naar één item dat de console kent, dus is hij niet geopend. Er is niets naar het platform gestuurd.',
  },
  profiles: {
    clientIdMissing: 'Voor dit profiel is geen client-ID opgeslagen. Bewerk het profiel en vul hem opnieuw in.',
  },
  platform: {
    withPlatformText: '{{text}} Het platform meldt: “{{said}}”',
    network:
      'Het platform is niet bereikbaar: controleer de netwerkverbinding, VPN of proxy, en het adres in het profiel.',
    timeout: 'Het platform gaf binnen {{seconds, number}} s geen antwoord. Probeer het later opnieuw.',
    cancelled: 'Het verzoek is geannuleerd.',
    unknownOutcome:
      'Er kwam geen bevestiging: het platform heeft de wijziging mogelijk wel doorgevoerd. Controleer de huidige stand (afstemmen) voordat je het opnieuw probeert.',
    signedOut:
      'Afgemeld: het platform weigerde de aanmelding (verlopen, of een verkeerd e-mailadres, wachtwoord, client-ID of auth-token). Vul het wachtwoord (of auth-token) opnieuw in bij het profiel en meld je aan.',
    rateLimited:
      'De verzoeklimiet van het platform is bereikt. Er is niets gewijzigd; wacht even en probeer het opnieuw.',
    rateLimitedWait:
      'De verzoeklimiet van het platform is bereikt; het vraagt {{seconds, number}} s te wachten. Er is niets gewijzigd; probeer het daarna opnieuw.',
    unavailable:
      'Het platform is niet beschikbaar: het bleef met serverfouten antwoorden, dus de console probeert het even niet meer om het te ontzien. Probeer het over een paar minuten opnieuw.',
    tooLarge: 'Het antwoord van het platform is groter dan {{mib, number}} MiB; de console is gestopt met lezen.',
    rejectedValues: 'Het platform weigerde de waarden: {{list}}.',
    invalid: 'Het platform weigerde het verzoek als ongeldig (code {{status}}).',
    credentialsRefused:
      'Het platform weigerde de aanmelding: de sessie is verlopen, of het e-mailadres, wachtwoord of client-ID klopt niet. Vul het wachtwoord opnieuw in bij het profiel.',
    forbidden:
      'Geen toegang: het IP-adres van deze computer staat mogelijk niet op de toegangslijst van het platform, of de API-gebruiker mist de superuser- of wholesalerrechten die hiervoor nodig zijn.',
    notFound: 'Niet gevonden: het item bestaat niet meer of valt buiten je klantenboom.',
    signInAddress:
      'Aanmelden mislukt: op dit adres kan niet worden aangemeld bij het platform (code {{status}}). Controleer de basis-URL in het profiel.',
    notAllowed: 'Het platform staat dit niet toe voor dit item.',
    conflict: 'Het platform meldt een conflict met de huidige stand van het item.',
    contentType: 'Het platform weigerde de vorm van het verzoek. Meld dit bij support.',
    serverError:
      'Het platform had een serverfout (code {{status}}). Probeer het later opnieuw; houdt het aan, neem dan contact op met de platformleverancier.',
    failed: 'Het platform weigerde het verzoek (code {{status}}).',
  },
};
