import { Dialog } from 'radix-ui';
import { useRef } from 'react';
import './shell-dialogs.css';

interface Props {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The accessible name of the ✕ button, e.g. "Close profiles". */
  closeLabel: string;
  wide?: boolean;
  className?: string;
  children: React.ReactNode;
}

/**
 * A modal dialog over the shell (Radix): focus stays inside while it is open, Escape and ✕ close it, and focus goes
 * back to what had it before.
 */
export function ShellDialog(props: Props): React.JSX.Element {
  // opened from the store (a button, a shortcut, the palette), not from a Radix trigger: remember who had focus
  const before = useRef<HTMLElement | null>(null);
  return (
    <Dialog.Root open={props.open} onOpenChange={(open) => (open ? undefined : props.onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="shell-overlay" />
        <Dialog.Content
          className={`dialog shell-dialog${props.wide ? ' wide' : ''}${props.className ? ` ${props.className}` : ''}`}
          aria-describedby={undefined}
          onOpenAutoFocus={() => {
            before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (before.current?.isConnected) before.current.focus();
            before.current = null;
          }}
        >
          <div className="dialog-header">
            <Dialog.Title>{props.title}</Dialog.Title>
            <Dialog.Close className="button ghost" aria-label={props.closeLabel}>
              ✕
            </Dialog.Close>
          </div>
          {props.children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
