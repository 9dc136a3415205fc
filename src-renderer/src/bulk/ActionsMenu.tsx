import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { useBulkStore } from '../state/bulk-store.ts';

/** The actions the registry offers for this resource, for the selected rows; disabled, with the reason, when offline. */
export function ActionsMenu(props: {
  descriptor: ResourceDescriptor;
  selected: () => string[];
  disabledReason: string | null;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const actions = props.descriptor.actions.filter((action) => action.id !== 'edit-cell');

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent): void => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menu.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  if (actions.length === 0) return null;
  return (
    <div className="columns-menu" ref={menu}>
      <button
        type="button"
        className="button primary"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={props.disabledReason !== null}
        title={props.disabledReason ?? undefined}
        onClick={() => setOpen(!open)}
      >
        {t('bulk.actions')}
      </button>
      {open ? (
        <div role="menu" className="columns-panel" aria-label={t('bulk.actions')}>
          {actions.map((action) => {
            const needsSelection =
              action.scope === 'selection' && action.id !== 'import-csv' && action.id !== 'create-forward';
            const count = props.selected().length;
            return (
              <button
                key={action.id}
                type="button"
                role="menuitem"
                className="menu-item"
                disabled={needsSelection && count === 0}
                onClick={() => {
                  setOpen(false);
                  useBulkStore.getState().open({
                    kind: 'params',
                    resource: props.descriptor.id,
                    action: action.id,
                    targets: props.selected(),
                  });
                }}
              >
                {localized(action.label)}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
