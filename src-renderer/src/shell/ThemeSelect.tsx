import type { ThemePreference } from '../../../src-preload/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';

const OPTIONS: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSelect(): React.JSX.Element {
  const theme = useUiStore((state) => state.theme);
  const setTheme = useUiStore((state) => state.setTheme);
  return (
    <label className="theme-select">
      <span>Theme</span>
      <select
        value={theme}
        onChange={(event) => {
          const next = OPTIONS.find((option) => option.value === event.target.value);
          if (next) void setTheme(next.value);
        }}
      >
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
