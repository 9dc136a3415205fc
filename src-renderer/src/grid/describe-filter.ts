/** A column filter's model in a few words for its chip: `contains "IT"`, `> 5`, `IT, Sales +3`. */

type Model = Record<string, unknown>;

const TEXT_OPERATORS: Record<string, (value: string) => string> = {
  contains: (value) => `“${value}”`,
  notContains: (value) => `≠ “${value}”`,
  equals: (value) => `= ${value}`,
  notEqual: (value) => `≠ ${value}`,
  startsWith: (value) => `${value}…`,
  endsWith: (value) => `…${value}`,
  lessThan: (value) => `< ${value}`,
  lessThanOrEqual: (value) => `≤ ${value}`,
  greaterThan: (value) => `> ${value}`,
  greaterThanOrEqual: (value) => `≥ ${value}`,
  inRange: (value) => value,
  blank: () => '∅',
  notBlank: () => '≠ ∅',
};

function show(value: unknown): string {
  if (typeof value === 'string') return value.replace(/ 00:00:00$/, '');
  if (typeof value === 'number') return String(value);
  return '';
}

function condition(model: Model): string {
  const type = typeof model['type'] === 'string' ? model['type'] : 'contains';
  const from = show(model['filter'] ?? model['dateFrom']);
  const to = show(model['filterTo'] ?? model['dateTo']);
  const operator = TEXT_OPERATORS[type] ?? ((value: string) => `${type} ${value}`);
  return type === 'inRange' ? `${from} – ${to}` : operator(from);
}

/** Labels of the values a value-list filter keeps, the first few by name and the rest as a count. */
function valueList(values: readonly string[], label: (value: string) => string): string {
  const shown = values.slice(0, 2).map(label);
  return values.length > 2 ? `${shown.join(', ')} +${values.length - 2}` : shown.join(', ');
}

export function describeFilter(model: Model, label: (value: string) => string, or: string, and: string): string {
  if (model['filterType'] === 'values' && Array.isArray(model['values']))
    return valueList(model['values'].map(String), label);
  if (Array.isArray(model['conditions'])) {
    const joiner = model['operator'] === 'OR' ? ` ${or} ` : ` ${and} `;
    return (model['conditions'] as Model[]).map(condition).join(joiner);
  }
  return condition(model);
}
