/** One measured figure of `npm run bench`, always set against a baseline measured in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: string | null;
}

export type BenchModule = { default: () => Promise<BenchFigure[]> };
