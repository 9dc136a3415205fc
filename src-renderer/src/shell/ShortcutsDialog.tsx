import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store.ts';

/** Keys, then the i18n key of what they do, grouped as the operator meets them. */
const GROUPS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'shortcuts.everywhere',
    keys: [
      ['Ctrl+K', 'shortcuts.palette'],
      ['Ctrl+P', 'shortcuts.profiles'],
      ['Ctrl+0', 'shortcuts.overview'],
      ['Ctrl+1 … Ctrl+7', 'shortcuts.views'],
      ['?', 'shortcuts.help'],
      ['Esc', 'shortcuts.close'],
    ],
  },
  {
    title: 'shortcuts.inGrid',
    keys: [
      ['Ctrl+F', 'shortcuts.quickSearch'],
      ['↑ ↓ ← →', 'shortcuts.move'],
      ['Tab / Shift+Tab', 'shortcuts.leave'],
      ['Space', 'shortcuts.select'],
      ['Enter / F2', 'shortcuts.edit'],
      ['Ctrl+C', 'shortcuts.copy'],
    ],
  },
];

/** "?": every keyboard shortcut of the console. */
export function ShortcutsDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const open = useUiStore((state) => state.dialog === 'shortcuts');
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && useUiStore.getState().closeDialog()}>
      <Dialog.Portal>
        <Dialog.Overlay className="radix-overlay" />
        <Dialog.Content className="radix-dialog shortcuts" aria-describedby={undefined}>
          <Dialog.Title>{t('shortcuts.title')}</Dialog.Title>
          {GROUPS.map((group) => (
            <section key={group.title} aria-label={t(group.title)}>
              <h3>{t(group.title)}</h3>
              <dl className="shortcut-list">
                {group.keys.map(([keys, what]) => (
                  <div key={what}>
                    <dt>
                      <kbd>{keys}</kbd>
                    </dt>
                    <dd>{t(what)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <div className="dialog-actions">
            <Dialog.Close className="button">{t('shortcuts.closeButton')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
