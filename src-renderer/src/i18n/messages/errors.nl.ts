import type { MessageTranslations } from '../messages.en.ts';

export const errorsMessagesNl: MessageTranslations['errors'] = {
  notConnected: 'Er is geen profiel verbonden. Open Profielen en verbind er een.',
  offline: 'Het platform is nu niet bereikbaar. De console blijft het op de achtergrond proberen.',
  noProfile: 'geen profiel',
  connectionFailed: 'De verbinding is mislukt.',
  switchFailed: 'Overschakelen naar {{name}} is mislukt. {{reason}} Nog steeds verbonden met {{current}}.',
  profileNotFound: 'Dat profiel bestaat niet meer. Kies een ander profiel of maak er een.',
  profileChanged:
    'Terwijl deze taak liep, is een ander profiel verbonden; de taak stopt hier en kan vanuit het eigen profiel worden hervat.',
  demoProfileFixed: 'De demosandbox gebruikt altijd het ingebouwde demoplatform; alleen de naam kan veranderen.',
  documentationUrlRefused:
    'Het documentatieadres moet een pad op het platform zijn, of een adres op dezelfde host als het basisadres.',
  baseUrlMissing: 'Dit profiel heeft geen basisadres. Bewerk het en vul het adres van het platform in.',
  secret: {
    password: 'wachtwoord',
    authToken: 'auth-token',
  },
  secretRequired: {
    new: 'Vul het {{secret}} in: een nieuw profiel kan zonder niet verbinden.',
    modeChanged: 'De aanmeldmethode is veranderd: vul het nieuwe wachtwoord of auth-token in.',
    addressChanged:
      'Het adres is veranderd in {{host}}: vul het {{secret}} opnieuw in, zodat het alleen naar het gekozen platform gaat.',
  },
  secretMissing:
    'Voor dit profiel is geen wachtwoord of auth-token opgeslagen. Bewerk het profiel en vul het opnieuw in.',
  keychainUnavailable:
    'Er is geen sleutelhanger beschikbaar op deze computer, dus het geheim is niet opgeslagen. Start op Linux GNOME Keyring of KWallet en probeer het opnieuw. NOC Console slaat wachtwoorden nooit op in een bestand.',
  baseUrl: {
    empty: 'Het basisadres is leeg. Vul het adres van het platform in, bijvoorbeeld https://api.example.nl.',
    invalid: '"{{text}}" is geen geldig adres. Vul een volledig adres in dat begint met https://.',
    credentials:
      'Het basisadres mag geen gebruikersnaam of wachtwoord bevatten; die horen in de aanmeldvelden van het profiel.',
    queryOrFragment: 'Het basisadres moet eindigen bij het adres van het platform: niets na een "?" of "#".',
    plainHttp:
      'Gewoon http wordt geweigerd voor {{host}}: wachtwoorden en tokens zouden onversleuteld over het netwerk gaan. Gebruik https:// (gewoon http mag alleen voor deze computer zelf).',
    protocol: 'Het adrestype "{{protocol}}" wordt niet ondersteund; gebruik https://.',
  },
  related: {
    notInOfflineCopy: 'Dit item staat niet in de offline kopie.',
    notAService: 'Dit is geen dienst.',
    blockWithoutRange: 'Dit blok heeft geen eerste en laatste nummer.',
    blockWithoutPool: 'Dit blok hoort bij geen nummerpool.',
  },
  cache: {
    writeFailed: 'De offline kopie kon niet worden opgeslagen; de vorige kopie blijft bewaard.',
    closed: 'De offline kopie van dit profiel is gesloten.',
  },
};
