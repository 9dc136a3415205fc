import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis } from 'recharts';
import type { OverviewEntry } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';

/**
 * A tile's small bar chart (Recharts: SVG from React, no eval and no inline script, so it fits the CSP; colours
 * are the theme's CSS variables, so it follows light and dark). The numbers are also in the tile's list.
 */
export function MiniChart(props: {
  entries: readonly OverviewEntry[];
  label: string;
  value?: (entry: OverviewEntry) => number;
  onSelect: (entry: OverviewEntry) => void;
}): React.JSX.Element {
  const data = props.entries.map((entry) => ({
    name: localized(entry.label),
    value: props.value ? props.value(entry) : entry.count,
  }));
  return (
    <div className="mini-chart" role="img" aria-label={props.label}>
      <ResponsiveContainer width="100%" height={110}>
        <BarChart data={data} margin={{ top: 6, right: 4, bottom: 0, left: 4 }}>
          <XAxis
            dataKey="name"
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
          />
          <Tooltip
            cursor={{ fill: 'var(--surface-2)' }}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
          />
          <Bar
            dataKey="value"
            fill="var(--accent)"
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
            onClick={(_data, index) => {
              const entry = props.entries[index];
              if (entry) props.onSelect(entry);
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
