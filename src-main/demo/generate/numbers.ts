import { areaCodeModel, iriFor, numberBlockModel, phoneNumberModel } from '../../api-model/index.ts';
import type { NumberBlock, Order } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { daysAgo, daysAhead, scaled } from './context.ts';
import { AREA_CODES, COST_CENTERS, NUMBER_DESCRIPTIONS } from './dutch.ts';
import { addX2voipNumber } from './voice.ts';

/** Area codes are fixed reference data: id = position in AREA_CODES + 1. */
export function generateAreaCodes(ctx: GenContext): void {
  AREA_CODES.forEach((a, i) => {
    ctx.data.areaCodes.insert({
      '@id': iriFor(areaCodeModel, i + 1),
      '@type': areaCodeModel.type,
      id: i + 1,
      areaCode: a.code,
      name: a.name,
      isGeographic: a.geographic,
    });
  });
}

/**
 * Hands out 1000-number chunks per area code, each chunk used by one block, so blocks never overlap.
 * National numbers are 10 digits: the 3-digit area code + a 7-digit subscriber number starting 2..9.
 */
function chunkAllocator(ctx: GenContext): (areaIndex: number) => number {
  const cursors = AREA_CODES.map(() => ctx.rng.int(2000, 3000));
  return (areaIndex) => {
    const next = (cursors[areaIndex] ?? 2000) + ctx.rng.int(1, 4);
    if (next > 9999) throw new Error('demo number space exhausted for an area code');
    cursors[areaIndex] = next;
    return next * 1000;
  };
}

function pickAreaIndex(ctx: GenContext, totalWeight: number): number {
  let r = ctx.rng.next() * totalWeight;
  for (let i = 0; i < AREA_CODES.length; i++) {
    r -= AREA_CODES[i]?.weight ?? 0;
    if (r < 0) return i;
  }
  return 0;
}

const pad7 = (n: number): string => String(n).padStart(7, '0');

/** Number blocks of 10/100/1000 under real area codes; blocks in use carry phone numbers of one order. */
export function generateNumbers(ctx: GenContext, voiceOrders: readonly Order[]): void {
  const { rng, data } = ctx;
  const allocate = chunkAllocator(ctx);
  const totalWeight = AREA_CODES.reduce((s, a) => s + a.weight, 0);

  const makeBlock = (size: number, status: string, order: Order | null): NumberBlock => {
    const areaIndex = pickAreaIndex(ctx, totalWeight);
    const area = AREA_CODES[areaIndex] ?? AREA_CODES[0];
    const base = allocate(areaIndex) + (size === 1000 ? 0 : rng.int(0, 1000 / size - 1) * size);
    const id = data.numberBlocks.nextId();
    const block: NumberBlock = {
      '@id': iriFor(numberBlockModel, id),
      '@type': numberBlockModel.type,
      id,
      start: `${area?.code}${pad7(base)}`,
      end: `${area?.code}${pad7(base + size - 1)}`,
      size,
      areaCode: iriFor(areaCodeModel, areaIndex + 1),
      numberPool: `/number-pools/${area?.geographic ? rng.int(1, 3) : 4}`,
      status,
      coolOffUntil: status === 'cool-off' ? daysAhead(ctx, 1, 90) : null,
      customer: order?.customer ?? null,
      order: order?.['@id'] ?? null,
      // Deliberately not in api-model.
      carrierRangeHolder: rng.pick(['KPN', 'Demo Telecom', 'Odido']),
    };
    return data.numberBlocks.insert(block);
  };

  let remaining = ctx.phoneNumbers;
  while (remaining > 0) {
    const r = rng.next();
    const size = r < 0.6 ? 10 : r < 0.95 ? 100 : 1000;
    const order = rng.pick(voiceOrders);
    const block = makeBlock(size, 'in-use', order);
    const count = Math.min(size, remaining);
    remaining -= count;
    addPhoneNumbers(ctx, block, order, count);
  }

  const free = scaled(ctx, 150, 6, 400);
  for (let i = 0; i < free; i++) {
    // Always some 1000-blocks both cooling off and available, for end-cool-off and split.
    const size = i < 4 ? 1000 : rng.pick([10, 100, 100, 1000]);
    const status = i < 2 ? 'cool-off' : i < 4 ? 'available' : rng.chance(0.5) ? 'cool-off' : 'available';
    makeBlock(size, status, null);
  }
}

function addPhoneNumbers(ctx: GenContext, block: NumberBlock, order: Order, count: number): void {
  const { rng, data } = ctx;
  const prefix = block.start.slice(0, 3);
  const base = Number(block.start.slice(3));
  const createdAt = daysAgo(ctx, 30, 2500);
  const accountIri = typeof order.orderDetailsX2voip === 'string' ? order.orderDetailsX2voip : null;
  const customer = order.customer;
  const numberType = AREA_CODES.find((a) => a.code === prefix)?.geographic === false ? 'non-geographic' : 'geographic';
  const blockCostCenter = rng.pick(COST_CENTERS);
  for (let i = 0; i < count; i++) {
    const id = data.phoneNumbers.nextId();
    const number = `${prefix}${pad7(base + i)}`;
    const phoneIri = iriFor(phoneNumberModel, id);
    data.phoneNumbers.insert({
      '@id': phoneIri,
      '@type': phoneNumberModel.type,
      id,
      number,
      order: order['@id'],
      customer,
      numberBlock: block['@id'],
      areaCode: block.areaCode,
      costCenter: rng.chance(0.85) ? blockCostCenter : rng.pick(COST_CENTERS),
      description: i === 0 ? 'Hoofdnummer' : rng.pick(NUMBER_DESCRIPTIONS),
      orderLabel: order.label,
      createdAt,
      updatedAt: createdAt,
      // Deliberately not in api-model.
      numberType,
    });
    if (accountIri) addX2voipNumber(ctx, accountIri, phoneIri, number);
  }
}
