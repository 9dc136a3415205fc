/** Slots for what the platform layer reports: profile, connection, rate-limit budget and last sync. */
export function StatusBar(): React.JSX.Element {
  return (
    <footer className="status-bar" aria-label="Status">
      <StatusSlot label="Profile" value="No profile" />
      <StatusSlot label="Connection" value="Not connected" tone="muted" />
      <StatusSlot label="Rate limit" value="—" />
      <StatusSlot label="Last sync" value="Never" />
    </footer>
  );
}

function StatusSlot(props: { label: string; value: string; tone?: 'muted' }): React.JSX.Element {
  return (
    <div className="status-slot" data-tone={props.tone}>
      <span className="status-label">{props.label}</span>
      <span className="status-value" aria-label={props.label}>
        {props.value}
      </span>
    </div>
  );
}
