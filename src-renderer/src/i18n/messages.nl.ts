import type { MessageTranslations } from './messages.en.ts';

export const messagesNl: MessageTranslations = {
  common: {
    unknown: 'De console heeft geen tekst voor deze melding ({{code}}).',
    technicalDetails: 'Technische details',
  },
};
