import type { DemoData } from '../data.ts';
import type { Prng } from '../prng.ts';

export interface GenContext {
  readonly rng: Prng;
  readonly data: DemoData;
  /** Epoch ms the data is generated relative to (cool-offs, last-seen times). */
  readonly now: number;
  /** How many phone numbers to create; every other count scales from it. */
  readonly phoneNumbers: number;
}

const DAY = 86_400_000;

export function scaled(ctx: GenContext, per: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(ctx.phoneNumbers / per)));
}

export function daysAgo(ctx: GenContext, minDays: number, maxDays: number): string {
  return new Date(ctx.now - ctx.rng.int(minDays * 24, maxDays * 24) * 3_600_000).toISOString();
}

export function daysAhead(ctx: GenContext, minDays: number, maxDays: number): string {
  return new Date(ctx.now + ctx.rng.int(minDays * 24, maxDays * 24) * 3_600_000).toISOString();
}

export function dateOnly(iso: string): string {
  return iso.slice(0, 10);
}

export function addDays(epochMs: number, days: number): number {
  return epochMs + days * DAY;
}
