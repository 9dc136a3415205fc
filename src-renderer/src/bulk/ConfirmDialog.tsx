import { AlertDialog } from 'radix-ui';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/index.ts';

/** Jobs larger than this ask the operator to type the count: a slip of the Enter key cannot start them. */
export const TYPE_COUNT_ABOVE = 500;

/** The digits of what was typed ("3,000", "3.000" and "3000" are the same count). */
const typedCount = (typed: string): number | null => {
  const digits = typed.replace(/[\s.,'’]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
};

/**
 * The in-app confirmation of a bulk job (WAI-ARIA alert dialog: focus kept inside, Escape cancels, focus returns to
 * what opened it). For more than 500 rows the operator types the count before the confirm button works.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children?: ReactNode;
  count: number;
  confirmLabel: string;
  onConfirm: () => void;
  onOpenChange: (open: boolean) => void;
  /** Where it renders; default the document body. */
  container?: HTMLElement | null | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // opened by the caller's own button, not a Radix trigger: focus goes back to whatever opened it
  const opener = useRef<HTMLElement | null>(null);
  const inputId = useId();
  const needsCount = props.count > TYPE_COUNT_ABOVE;
  const matches = !needsCount || typedCount(typed) === props.count;
  const shown = new Intl.NumberFormat(locale()).format(props.count);
  return (
    <AlertDialog.Root
      open={props.open}
      onOpenChange={(open) => {
        if (!open) setTyped('');
        props.onOpenChange(open);
      }}
    >
      <AlertDialog.Portal container={props.container ?? undefined}>
        <AlertDialog.Overlay className="confirm-overlay" />
        <AlertDialog.Content
          className="confirm-dialog"
          onOpenAutoFocus={(event) => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            if (!needsCount) return;
            event.preventDefault();
            input.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (opener.current?.isConnected) opener.current.focus();
            opener.current = null;
          }}
        >
          <AlertDialog.Title className="confirm-title">{props.title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="confirm-body">{props.children}</div>
          </AlertDialog.Description>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!matches) return;
              setTyped('');
              props.onConfirm();
            }}
          >
            {needsCount ? (
              <p className="confirm-count">
                <label htmlFor={inputId}>{t('bulk.confirm.typeCount', { count: props.count })}</label>
                <input
                  id={inputId}
                  ref={input}
                  value={typed}
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={typed !== '' && !matches}
                  aria-describedby={`${inputId}-hint`}
                  onChange={(event) => setTyped(event.target.value)}
                />
                <small id={`${inputId}-hint`} className="hint">
                  {typed !== '' && !matches ? t('bulk.confirm.countDiffers', { count: shown }) : ' '}
                </small>
              </p>
            ) : null}
            <div className="form-actions">
              <AlertDialog.Cancel asChild>
                <button type="button" className="button ghost">
                  {t('bulk.confirm.back')}
                </button>
              </AlertDialog.Cancel>
              <button type="submit" className="button primary" disabled={!matches}>
                {props.confirmLabel}
              </button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
