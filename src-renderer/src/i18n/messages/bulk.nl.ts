import type { MessageTranslations } from '../messages.en.ts';

export const bulkMessagesNl: MessageTranslations['bulk'] = {
  unknownAction: '"{{action}}" is geen actie voor {{resource, lower}}.',
  unknownResource: 'Onbekend onderdeel "{{resource}}".',
  unknownJob: 'Er is geen taak {{jobId}}.',
  unknownJobInHistory: 'Er is geen taak {{jobId}} in de geschiedenis van dit profiel.',
  unknownPlan: 'Dit plan is onbekend of verlopen: plan opnieuw.',
  closed: 'De bulkmodule is gesloten.',
  alreadyStarted: 'Deze taak is al gestart.',
  countMismatch:
    'Het plan heeft {{count, number}} bewerkingen, niet {{expected, number}}: bekijk het voorbeeld opnieuw.',
  nothingToSend: 'Niets te versturen: elke rij wordt overgeslagen.',
  selectRow: 'Selecteer minstens één rij.',
  invalidSettings: 'De instellingen van de actie zijn ongeldig ({{detail}}).',
  cellEditOneRow: 'Een celbewerking wijzigt precies één rij.',
  paramMissing: '"{{name}}" ontbreekt.',
  paramNotText: '"{{name}}" moet tekst zijn.',
  untitledJob: 'Bulktaak ({{action}})',
  wrongState: 'De taak is {{from}} en kan van daaruit niet {{to}} worden.',
  jobState: {
    planned: 'gepland',
    running: 'bezig',
    paused: 'gepauzeerd',
    reconciling: 'in controle',
    interrupted: 'onderbroken',
    completed: 'voltooid',
    cancelled: 'geannuleerd',
  },
  skip: {
    notCached: 'Niet in de lokale cache: vernieuw het overzicht en plan opnieuw.',
    unchanged: 'Heeft deze waarde al: niets te wijzigen.',
  },
  status: {
    available: 'beschikbaar',
    inUse: 'in gebruik',
    coolOff: 'quarantaine',
    pending: 'openstaand',
    accepted: 'geaccepteerd',
    denied: 'geweigerd',
  },
  rule: {
    undecided:
      'Status "{{status}}" kan de console niet lezen: verstuurd zodat het platform beslist (een weigering staat dan bij deze rij).',
    coolOffStatus: 'In quarantaine: status "{{status}}" betekent quarantaine.',
    coolOffUntil: 'In quarantaine: de quarantaine eindigt {{until, moment}}, nog niet verstreken.',
    notCoolingOff:
      'Niet in quarantaine: status "{{status}}" betekent {{meaning}}, en er ligt geen quarantaine-einde in de toekomst.',
    pending: 'Openstaand: status "{{status}}" betekent openstaand.',
    notPending: 'Alleen openstaande outports kunnen worden geaccepteerd: status "{{status}}" betekent {{meaning}}.',
    blockInUse: 'Het blok is in gebruik (status "{{status}}"); het platform splitst geen blokken die in gebruik zijn.',
    notInUse: 'Niet in gebruik: status "{{status}}" betekent {{meaning}}.',
  },
  costCenter: {
    setTitle: 'Kostenplaats instellen op {{value}}',
    clearTitle: 'Kostenplaats wissen',
    setConfirm_one: 'De kostenplaats van {{count, number}} telefoonnummer instellen op {{value}}?',
    setConfirm_other: 'De kostenplaats van {{count, number}} telefoonnummers instellen op {{value}}?',
    clearConfirm_one: 'De kostenplaats van {{count, number}} telefoonnummer wissen?',
    clearConfirm_other: 'De kostenplaats van {{count, number}} telefoonnummers wissen?',
  },
  description: {
    setTitle: 'Omschrijving instellen op {{value}}',
    clearTitle: 'Omschrijving wissen',
    setConfirm_one: 'De omschrijving van {{count, number}} telefoonnummer instellen op {{value}}?',
    setConfirm_other: 'De omschrijving van {{count, number}} telefoonnummers instellen op {{value}}?',
    clearConfirm_one: 'De omschrijving van {{count, number}} telefoonnummer wissen?',
    clearConfirm_other: 'De omschrijving van {{count, number}} telefoonnummers wissen?',
  },
  replace: {
    enterFind: 'Voer de tekst in die u zoekt.',
    notFound: 'De omschrijving bevat "{{find}}" niet.',
    title: '"{{find}}" vervangen door "{{replace}}" in omschrijvingen',
    confirm_one: '"{{find}}" vervangen door "{{replace}}" in de omschrijving van {{count, number}} telefoonnummer?',
    confirm_other: '"{{find}}" vervangen door "{{replace}}" in de omschrijving van {{count, number}} telefoonnummers?',
  },
  csv: {
    tooLarge:
      'De lijst is {{size, number(maximumFractionDigits: 1)}} MB; er kan hoogstens {{max, number(maximumFractionDigits: 1)}} MB tegelijk worden geïmporteerd. Splits hem in kleinere bestanden.',
    empty: 'De lijst is leeg.',
    notSelected: '{{number}} zit niet in de selectie.',
    noMatch: '{{number}} komt met geen enkel telefoonnummer in de cache overeen.',
    title: 'Kostenplaatsen importeren',
    titleFrom: 'Kostenplaatsen importeren uit {{fileName}}',
    confirm_one: 'De lijst toepassen op {{count, number}} telefoonnummer?',
    confirm_other: 'De lijst toepassen op {{count, number}} telefoonnummers?',
    unclosedQuote: 'Een aanhalingsteken (") op deze regel wordt nergens gesloten; sluit het of haal het weg.',
    fieldCount_one: 'Verwacht nummer;kostenplaats[;omschrijving], gevonden: {{count, number}} veld.',
    fieldCount_other: 'Verwacht nummer;kostenplaats[;omschrijving], gevonden: {{count, number}} velden.',
    notDutchNumber: '"{{value}}" is geen Nederlands telefoonnummer (0…, +31… of 31…).',
    duplicate: '{{number}} staat ook op regel {{line}}; alleen die regel wordt gebruikt.',
    formula:
      '"{{value}}" begint als een spreadsheetformule (=, +, -, @, een tab of een regeleinde) en wordt niet geïmporteerd; haal dat eerste teken weg.',
  },
  outports: {
    title: 'Outports accepteren',
    confirm_one: '{{count, number}} outport accepteren? De nummers gaan naar de ontvangende aanbieder.',
    confirm_other: '{{count, number}} outports accepteren? De nummers gaan naar de ontvangende aanbieder.',
    noDeny:
      'Weigeren wordt niet aangeboden: volgens de documentatie van het platform kan het, maar er staat niet hoe. Weiger via het portaal.',
    noUndo: 'Niet terug te draaien: een geaccepteerde outport kan via het platform niet worden teruggenomen.',
  },
  forwards: {
    enterNumber: 'Voer het doorschakelnummer in.',
    notX2voip: 'Geen X2VoIP-nummer: doorschakelingen worden voor X2VoIP-nummers aangemaakt.',
    duplicate: 'Dit nummer heeft precies deze doorschakeling al.',
    title: 'Doorschakelen naar {{to}}',
    confirm_one: 'Een doorschakeling naar {{to}} aanmaken voor {{count, number}} nummer?',
    confirm_other: 'Een doorschakeling naar {{to}} aanmaken voor {{count, number}} nummers?',
    undoNote: 'Terugdraaien verwijdert de doorschakelingen die deze taak aanmaakte.',
    deleteTitle: 'Doorschakelingen verwijderen',
    deleteConfirm_one: '{{count, number}} geplande doorschakeling verwijderen?',
    deleteConfirm_other: '{{count, number}} geplande doorschakelingen verwijderen?',
    deleteNoUndo:
      'Niet automatisch terug te draaien: een verwijderde doorschakeling kan alleen opnieuw worden aangemaakt (als nieuw item); gebruik "Doorschakeling aanmaken".',
  },
  blocks: {
    noUndo:
      'Niet automatisch terug te draaien: het platform kan blokken niet samenvoegen of een quarantaine herstarten.',
    endCoolOffTitle: 'Quarantaine beëindigen',
    endCoolOffConfirm_one: 'De quarantaine van {{count, number}} nummerblok beëindigen: {{blocks}}?',
    endCoolOffConfirm_other: 'De quarantaine van {{count, number}} nummerblokken beëindigen: {{blocks}}?',
    sizeNotWhole: 'Voer de grootte van de nieuwe blokken in als geheel getal.',
    cannotSplit:
      'Een blok van {{blockSize, number}} nummers kan niet worden gesplitst in blokken van {{size, number}}: de grootte moet kleiner zijn dan het blok en er een deler van zijn.',
    splitTitle: 'Splitsen in blokken van {{size, number}}',
    splitConfirm_one: '{{count, number}} nummerblok splitsen in blokken van {{size, number}}: {{blocks}}?',
    splitConfirm_other: '{{count, number}} nummerblokken splitsen in blokken van {{size, number}}: {{blocks}}?',
  },
  estimate: {
    hourBudget:
      'Deze taak heeft {{requests, number}} verzoeken nodig en er zijn er nog {{left, number}} over binnen het uurlimiet: ze wacht tot het budget vrijkomt en is rond {{at, moment}} klaar. Ander werk in de console wacht ook.',
    dayBudget:
      'Deze taak heeft {{requests, number}} verzoeken nodig en er zijn er nog {{left, number}} over binnen het daglimiet: ze wacht tot het budget vrijkomt en is rond {{at, moment}} klaar. Ander werk in de console wacht ook.',
  },
  journal: {
    damaged_one:
      '{{count, number}} bulktaak in de geschiedenis kon niet onbeschadigd worden gelezen ({{ids}}) en wordt niet getoond, hervat of teruggedraaid. Controleer op het platform of de wijzigingen zijn doorgevoerd; de gegevens blijven in het logboekbestand.',
    damaged_other:
      '{{count, number}} bulktaken in de geschiedenis konden niet onbeschadigd worden gelezen ({{ids}}) en worden niet getoond, hervat of teruggedraaid. Controleer op het platform of de wijzigingen zijn doorgevoerd; de gegevens blijven in het logboekbestand.',
    cannotOpen:
      'De geschiedenis van bulktaken kon niet worden geopend ({{reason}}). Er is niets gewijzigd en de geschiedenis blijft zoals ze is; controleer de schijf en de map met de gegevens van de console en probeer het opnieuw.',
    cannotStartAfterSetAside:
      'De geschiedenis van bulktaken kon niet worden gelezen (het bestand is beschadigd, of de sleutel uit de sleutelhanger opent het niet) en is daarom apart gezet, ongewijzigd bewaard naast de nieuwe; maar een nieuwe geschiedenis kon niet worden gestart ({{reason}}). Er kan geen bulktaak lopen tot dat lukt: controleer de schijf en de map met de gegevens van de console en probeer het opnieuw.',
    inUse:
      'De geschiedenis van bulktaken is in gebruik door een ander programma of venster van de console. Sluit dat en probeer het opnieuw; er is niets gewijzigd.',
    setAside:
      'De geschiedenis van bulktaken kon niet worden gelezen (het bestand is beschadigd, of de sleutel uit de sleutelhanger opent het niet); ze is apart gezet en er is een nieuwe gestart.',
    writeFailed: 'De taak is gestopt omdat het logboek niet kon worden geschreven ({{reason}}); ze kan worden hervat.',
    cause: {
      diskFull: 'de schijf is vol',
      locked: 'het bestand is vergrendeld door een ander programma',
      notWritable: 'het bestand kan niet worden geopend of geschreven',
      unknown: 'een onverwachte fout',
    },
  },
  recheck: {
    itemGone: 'het item bestaat niet meer',
    blockGone: 'het nummerblok bestaat niet meer',
    blockSize: 'het nummerblok heeft nu grootte {{size}}',
    outportGone: 'het outportverzoek bestaat niet meer',
    outportStatus: 'het outportverzoek is nu {{status}}',
    createByListing: 'een nieuw item wordt gevonden in de lijst, niet door het terug te lezen',
    noForwardRecord: 'de taak bevat geen beschrijving van de doorschakeling',
    noItemInAnswer: 'het platform antwoordde zonder het item',
    noAnswer: 'geen antwoord',
    failed: 'terug lezen mislukt: {{reason}}',
  },
  outcome: {
    confirmed: 'bevestigd door terug te lezen (het antwoord ging verloren)',
    notApplied: 'niet doorgevoerd (bevestigd door terug te lezen); opnieuw proberen is veilig',
    unsettled:
      'kon niet worden bevestigd door terug te lezen ({{reason}}); controleer het platform voordat u het opnieuw probeert',
    withNote: '{{text}} ({{note}})',
  },
  setField: {
    title: '{{field}} instellen op {{value}}',
    confirm_one: '{{field}} van {{count, number}} rij instellen op {{value}}?',
    confirm_other: '{{field}} van {{count, number}} rijen instellen op {{value}}?',
  },
  retry: {
    title: 'Mislukte opnieuw: {{title}}',
    confirm_one: '{{count, number}} mislukte rij opnieuw proberen?',
    confirm_other: '{{count, number}} mislukte rijen opnieuw proberen?',
    noFailed: 'De taak heeft geen mislukte bewerkingen.',
    stillRunning: 'De taak loopt nog; probeer de mislukte rijen opnieuw als ze klaar is.',
  },
  resume: {
    nothingLeft: 'Er is niets meer te versturen: elke rij van deze taak is doorgevoerd, mislukt of overgeslagen.',
    undone: 'Deze taak is teruggedraaid; plan de wijziging opnieuw in plaats van haar te hervatten.',
    count_one: 'Er is nog {{count, number}} rij te versturen, niet {{expected, number}}: bekijk de taak opnieuw.',
    count_other: 'Er zijn nog {{count, number}} rijen te versturen, niet {{expected, number}}: bekijk de taak opnieuw.',
  },
  undo: {
    title: 'Terugdraaien: {{title}}',
    confirm_one: '{{count, number}} rij terugzetten zoals vóór "{{title}}"?',
    confirm_other: '{{count, number}} rijen terugzetten zoals vóór "{{title}}"?',
    confirmLeave_one:
      '{{count, number}} rij terugzetten zoals vóór "{{title}}"? {{changed, number}} zijn sindsdien gewijzigd en worden ongemoeid gelaten.',
    confirmLeave_other:
      '{{count, number}} rijen terugzetten zoals vóór "{{title}}"? {{changed, number}} zijn sindsdien gewijzigd en worden ongemoeid gelaten.',
    confirmOverwrite_one:
      '{{count, number}} rij terugzetten zoals vóór "{{title}}"? {{changed, number}} zijn sindsdien gewijzigd en worden overschreven.',
    confirmOverwrite_other:
      '{{count, number}} rijen terugzetten zoals vóór "{{title}}"? {{changed, number}} zijn sindsdien gewijzigd en worden overschreven.',
    notFinished:
      'Alleen een voltooide of geannuleerde taak kan worden teruggedraaid; wacht tot ze klaar is, of hervat of annuleer ze eerst.',
    gone: 'Bestaat niet meer op het platform: niets terug te zetten.',
    alreadyOld: 'Heeft de oude waarde al.',
    conflict:
      'Sindsdien op het platform gewijzigd: {{field}} is nu {{current}}, niet {{ours}}. Ongemoeid gelaten (forceer om te overschrijven).',
    noSplit: 'Splitsingen worden niet teruggedraaid: het platform kan blokken niet samenvoegen.',
    noEndCoolOff: 'Beëindigde quarantaines worden niet teruggedraaid: het platform kan geen quarantaine herstarten.',
    noAcceptOutport: 'Geaccepteerde outports worden niet teruggedraaid: dat kan via het platform niet.',
    noDeleteForward:
      'Verwijderde doorschakelingen worden niet automatisch opnieuw aangemaakt; maak ze zo nodig opnieuw aan.',
  },
};
