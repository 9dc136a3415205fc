import { DropdownMenu } from 'radix-ui';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDescriptor, ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { useBulkStore } from '../state/bulk-store.ts';

/** Actions that choose their own targets (a pasted list, numbers typed in the form). */
const OWN_TARGETS: ReadonlySet<string> = new Set(['import-csv', 'create-forward']);

/**
 * The actions the registry offers for this resource, for the selected rows that are shown; disabled, with the
 * reason, when offline. A WAI-ARIA menu button (Radix): arrow keys move, Enter or Space chooses, Escape closes and
 * focus goes back to the button; a chosen action's form takes the focus instead.
 */
export function ActionsMenu(props: {
  descriptor: ResourceDescriptor;
  /** The selected rows the current filter shows: the job's targets. */
  selected: () => string[];
  /** Selected rows the current filter hides: left out, and said so in the form and the preview. */
  hiddenSelected?: () => number;
  disabledReason: string | null;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const chosen = useRef(false);
  const actions = props.descriptor.actions.filter((action) => action.id !== 'edit-cell');
  if (actions.length === 0) return null;
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild disabled={props.disabledReason !== null}>
        <button type="button" className="button primary" title={props.disabledReason ?? undefined}>
          {t('bulk.actions')}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="actions-menu"
          aria-label={t('bulk.actions')}
          align="start"
          sideOffset={4}
          loop
          onCloseAutoFocus={(event) => {
            // the chosen action's form takes the focus (BulkPanel), not the menu button
            if (chosen.current) event.preventDefault();
            chosen.current = false;
          }}
        >
          <ActionItems
            actions={actions}
            selected={props.selected}
            choose={(action) => {
              chosen.current = true;
              useBulkStore.getState().open({
                kind: 'params',
                resource: props.descriptor.id,
                action,
                targets: props.selected(),
                hidden: props.hiddenSelected?.() ?? 0,
              });
            }}
          />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** The menu's items; rendered only while the menu is open, so the selection is counted then, not on every render. */
function ActionItems(props: {
  actions: readonly ActionDescriptor[];
  selected: () => string[];
  choose: (action: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const count = props.selected().length;
  return (
    <>
      {props.actions.map((action) => {
        const needsSelection = action.scope === 'selection' && !OWN_TARGETS.has(action.id);
        const disabled = needsSelection && count === 0;
        return (
          <DropdownMenu.Item
            key={action.id}
            className="menu-item"
            disabled={disabled}
            onSelect={() => props.choose(action.id)}
          >
            {localized(action.label)}
            {disabled ? <span className="menu-item-why">{t('bulk.selectFirst')}</span> : null}
          </DropdownMenu.Item>
        );
      })}
    </>
  );
}
