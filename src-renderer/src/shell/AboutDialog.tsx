import { useEffect, useRef } from 'react';
import { useUiStore } from '../state/ui-store.ts';

export function AboutDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const appInfo = useUiStore((state) => state.appInfo);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      element.showModal();
      void useUiStore.getState().loadAppInfo();
    } else if (!props.open && element.open) {
      element.close();
    }
  }, [props.open]);

  const runtime = appInfo?.runtime;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="about-title" onClose={props.onClose}>
      <h2 id="about-title">About NOC Console</h2>
      {appInfo ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{appInfo.version}</dd>
          <dt>Runtime</dt>
          <dd>{runtime?.kind === 'electron' ? 'Electron' : 'Bridge (browser)'}</dd>
          {runtime?.kind === 'electron' ? (
            <>
              <dt>Electron</dt>
              <dd>{runtime.electron}</dd>
              <dt>Chromium</dt>
              <dd>{runtime.chrome}</dd>
            </>
          ) : null}
          <dt>Node.js</dt>
          <dd>{runtime?.node}</dd>
          <dt>Platform</dt>
          <dd>{appInfo.platform}</dd>
        </dl>
      ) : (
        <p>Loading…</p>
      )}
      <form method="dialog">
        <button type="submit" className="button primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
