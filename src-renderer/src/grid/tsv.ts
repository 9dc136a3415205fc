/** Rows as tab-separated text, the way spreadsheets paste it: one line per row, tabs and newlines flattened. */
export function toTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = (cell: string): string => cell.replace(/[\t\r\n]+/g, ' ');
  return [header, ...rows].map((cells) => cells.map(clean).join('\t')).join('\n');
}
