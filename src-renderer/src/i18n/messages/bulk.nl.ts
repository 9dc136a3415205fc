import type { MessageTranslations } from '../messages.en.ts';

export const bulkMessagesNl: MessageTranslations['bulk'] = {
  unknownAction: '"{{action}}" is geen actie voor {{resource, lower}}.',
  setField: {
    title: '{{field}} instellen op {{value}}',
    confirm_one: '{{field}} van {{count, number}} rij instellen op {{value}}?',
    confirm_other: '{{field}} van {{count, number}} rijen instellen op {{value}}?',
  },
  retry: { title: 'Mislukte opnieuw: {{title}}' },
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
  },
};
