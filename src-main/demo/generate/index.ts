import { emptyDemoData } from '../data.ts';
import type { DemoData } from '../data.ts';
import { createPrng } from '../prng.ts';
import type { GenContext } from './context.ts';
import { scaled } from './context.ts';
import { generateCustomers, serviceCustomerIds } from './customers.ts';
import { createSimCard } from './mobile.ts';
import { generateAreaCodes, generateNumbers } from './numbers.ts';
import { createOrder, SERVICE_TYPES } from './orders.ts';
import { generateOutports } from './outports.ts';
import { generateTracking } from './tracking.ts';
import { generateVoiceConfig, generateVoiceOrders } from './voice.ts';

const MOBILE_PLANS = ['Mobiel Onbeperkt', 'Mobiel 10 GB', 'Mobiel 5 GB', 'Data only 20 GB'] as const;

/** Builds the whole demo data set from a seed; every count scales with the number of phone numbers. */
export function generateDemoData(seed: number, phoneNumbers: number, now: number): DemoData {
  const ctx: GenContext = { rng: createPrng(seed), data: emptyDemoData(), now, phoneNumbers };
  generateAreaCodes(ctx);
  generateCustomers(ctx);
  const voiceOrders = generateVoiceOrders(ctx);
  generateNumbers(ctx, voiceOrders);
  generateVoiceConfig(ctx);
  const customerIds = serviceCustomerIds(ctx);
  const sims = scaled(ctx, 10, 50, 10_000);
  for (let i = 0; i < sims; i++) {
    const inUse = ctx.rng.chance(0.92);
    const order = inUse
      ? createOrder(ctx, ctx.rng.pick(customerIds), SERVICE_TYPES.mobile, ctx.rng.pick(MOBILE_PLANS), null)
      : null;
    createSimCard(ctx, order, false);
  }
  generateTracking(ctx);
  generateOutports(ctx);
  return ctx.data;
}
