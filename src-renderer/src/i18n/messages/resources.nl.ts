import type { MessageTranslations } from '../messages.en.ts';

export const resourcesMessagesNl: MessageTranslations['resources'] = {
  requiredOnCreate: 'Het platform heeft een waarde nodig voor {{fields}} om dit aan te maken.',
};
