import type { Handler } from '../ipc/router.ts';
import type { UiSettingsService } from '../settings/ui-settings.ts';

export function createSettingsHandlers(settings: UiSettingsService): {
  'settings:get': Handler<'settings:get'>;
  'settings:update': Handler<'settings:update'>;
} {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
