import type { DemoData } from '../data.ts';
import type { DemoDialect } from './dialects.ts';

const COST_CENTERS = ['Field service', 'Sales', 'Logistics', 'Management', null] as const;

/** Gives the data what the dialect's extra writable fields need (SIM-card cost centers), deterministically. */
export function seedDialect(data: DemoData, dialect: DemoDialect): void {
  Object.assign(data.extraWritable, dialect.extraWritable);
  if (dialect.extraWritable['/simcards']?.['costCenter']) {
    for (const sim of data.simCards) sim['costCenter'] = COST_CENTERS[sim.id % COST_CENTERS.length] ?? null;
  }
}
