/** One measured figure of `npm run bench`, always set against a baseline measured in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** Unrounded, so that its target is judged on it: the table rounds it for show. */
  ratio: number | null;
  target: string | null;
}

export type BenchModule = { default: () => Promise<BenchFigure[]> };

const TIME_UNITS: Record<string, number> = { s: 1000, ms: 1 };

/**
 * Whether a figure meets its target, as the numbers stand (not as the table rounds them): `>= 5x` and `<= 1.1x`
 * judge the ratio, `<= 1.5 s` or `<= 50 ms` the value in either time unit, a bare number the value itself. Null for
 * a figure without a target; a target in another form throws, so that a new one cannot go unjudged.
 */
export function meetsTarget(figure: BenchFigure): boolean | null {
  if (figure.target === null) return null;
  const match = /^(>=|<=)?\s*(\d+(?:\.\d+)?)\s*(x|s|ms)?$/.exec(figure.target.trim());
  if (!match) throw new Error(`bench target "${figure.target}" of "${figure.name}" is not one the table can judge`);
  const [, operator, bound, unit] = match;
  let measured = figure.value;
  if (unit === 'x') {
    if (figure.ratio === null) throw new Error(`"${figure.name}" has a ratio target but no ratio`);
    measured = figure.ratio;
  } else if (unit !== undefined) {
    const from = TIME_UNITS[figure.unit];
    if (from === undefined) throw new Error(`"${figure.name}" is in ${figure.unit}, its target in ${unit}`);
    measured = (figure.value * from) / TIME_UNITS[unit]!;
  }
  const limit = Number(bound);
  return operator === '>=' ? measured >= limit : operator === '<=' ? measured <= limit : measured === limit;
}
