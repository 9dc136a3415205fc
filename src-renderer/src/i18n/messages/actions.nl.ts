import type { MessageTranslations } from '../messages.en.ts';

export const actionsMessagesNl: MessageTranslations['actions'] = {
  label: {
    acceptOutport: 'Outport accepteren',
    bulkEdit: 'Selectie bewerken',
    clearCostCenter: 'Kostenplaats wissen',
    clearDescription: 'Omschrijving wissen',
    createForward: 'Doorschakeling aanmaken',
    deleteForward: 'Doorschakeling verwijderen',
    editCell: 'Cel bewerken',
    endCoolOff: 'Quarantaine beëindigen',
    importCsv: 'Kostenplaatsen importeren (CSV)',
    replaceInDescription: 'Zoeken en vervangen in omschrijving',
    setCostCenter: 'Kostenplaats instellen',
    setDescription: 'Omschrijving instellen',
    split: 'Splitsen in blokken van N',
  },
  note: {
    acceptOutport:
      'Accepteert elke geselecteerde outport; alleen openstaande outports kunnen worden geaccepteerd, en over een outport waarvan de console de status niet kan lezen beslist het platform. Weigeren wordt niet aangeboden: de documentatie noemt het wel, maar geeft er geen adres voor.',
    createForward:
      'Werkt op X2VoIP-nummers, niet op de geselecteerde doorschakelingen: één nieuwe doorschakeling per nummer, naar het doorschakelnummer en eventueel van een begin tot een einde.',
    editCell: 'Wijzigt alleen dit veld van deze rij.',
    endCoolOff:
      'Beëindigt nu de quarantaine van elk geselecteerd blok. Herhalen kan geen kwaad: een blok zonder quarantaine blijft zoals het is. Een blok waarvan de console de status niet kan lezen wordt verstuurd, en het platform beslist.',
    importCsv:
      'Regels "nummer;kostenplaats[;omschrijving]", gekoppeld op nummer, geschreven als 0…, +31… of 31…; regels zonder gevonden nummer worden getoond, nooit weggelaten.',
    replaceInDescription: 'Rijen waarvan de omschrijving de tekst niet bevat, worden overgeslagen.',
    split:
      'Splitst elk geselecteerd blok in blokken van N nummers. N moet kleiner zijn dan het blok en de grootte delen; een blok in gebruik kan niet worden gesplitst. Eén keer per blok verstuurd, nooit blind herhaald; splitsen kan niet worden teruggedraaid.',
  },
};
