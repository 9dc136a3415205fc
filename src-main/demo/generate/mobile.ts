import { iriFor, simCardModel } from '../../api-model/index.ts';
import type { Order, SimCard } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { daysAgo } from './context.ts';
import { MOBILE_NETWORKS } from './dutch.ts';
import { luhnCheckDigit } from './luhn.ts';

/** ICC-ID: 89 (telecom) 31 (NL) + issuer + serial, Luhn digit last; 19 digits, sometimes 20. */
export function iccid(ctx: GenContext, issuer: string): string {
  const payload = `8931${issuer}${ctx.rng.digits(ctx.rng.chance(0.2) ? 13 : 12)}`;
  return payload + luhnCheckDigit(payload);
}

export function createSimCard(ctx: GenContext, order: Order | null, m2m: boolean): SimCard {
  const { rng, data } = ctx;
  const network = rng.pick(MOBILE_NETWORKS);
  const id = data.simCards.nextId();
  const status = order
    ? rng.chance(0.9)
      ? 'active'
      : rng.pick(['suspended', 'inactive'])
    : rng.pick(['inactive', 'terminated']);
  const isEsim = !m2m && rng.chance(0.25);
  return data.simCards.insert({
    '@id': iriFor(simCardModel, id),
    '@type': simCardModel.type,
    id,
    iccid: iccid(ctx, network.iccIssuer),
    imsi: `204${network.mnc}${rng.digits(10)}`,
    // M2M SIMs get Dutch 097 numbers (12 digits), everything else 06 + 8 digits.
    msisdn: m2m ? `097${rng.digits(9)}` : `06${rng.int(10, 59)}${rng.digits(6)}`,
    status,
    isEsim,
    order: order?.['@id'] ?? null,
    customer: order?.customer ?? null,
    activatedAt: status === 'active' ? daysAgo(ctx, 10, 2000) : null,
    network: network.name,
    // Deliberately not in api-model.
    eid: isEsim ? `89049032${rng.digits(24)}` : null,
  });
}
