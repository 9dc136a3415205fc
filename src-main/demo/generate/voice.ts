import {
  iriFor,
  orderDetailsX2voipModel,
  orderDetailsX2voipNumberModel,
  scheduledForwardModel,
  x2voipCallBarringModel,
  x2voipOutboundRouteModel,
  x2voipRouteModel,
  CALL_BARRING_TYPES,
  X2VOIP_ROUTE_TYPES,
} from '../../api-model/index.ts';
import type { Order } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { daysAgo, daysAhead, scaled } from './context.ts';
import { serviceCustomerIds } from './customers.ts';
import { createOrder, SERVICE_TYPES } from './orders.ts';

/** Voice services: X2VoIP orders with their accounts, plus a few hosted-voice (generic) orders. */
export function generateVoiceOrders(ctx: GenContext): Order[] {
  const { rng, data } = ctx;
  const customerIds = serviceCustomerIds(ctx);
  const count = scaled(ctx, 100, 8, 1500);
  const orders: Order[] = [];
  for (let i = 0; i < count; i++) {
    const customerId = rng.pick(customerIds);
    const customerName = data.customers.get(customerId)?.name ?? 'klant';
    if (i % 7 === 6) {
      const order = createOrder(
        ctx,
        customerId,
        SERVICE_TYPES.hostedVoice,
        'Hosted telefonie',
        `Hosted PBX ${customerName}`,
      );
      order.orderDetailsGeneric = `/order-details-generics/${order.id}`;
      orders.push(order);
      continue;
    }
    const order = createOrder(
      ctx,
      customerId,
      SERVICE_TYPES.voip,
      `X2VoIP trunk ${rng.pick([4, 8, 10, 20, 30])} kanalen`,
      `SIP trunk ${customerName}`,
    );
    const accountId = data.orderDetailsX2voips.nextId();
    order.orderDetailsX2voip = iriFor(orderDetailsX2voipModel, accountId);
    data.orderDetailsX2voips.insert({
      '@id': iriFor(orderDetailsX2voipModel, accountId),
      '@type': orderDetailsX2voipModel.type,
      id: accountId,
      order: order['@id'],
      customer: order.customer,
      accountName: `x2v-${accountId}`,
      sipUsername: `${accountId}${rng.digits(4)}`,
      sipDomain: 'sip.demo-voip.invalid',
      trunkChannels: rng.pick([2, 4, 8, 10, 20, 30]),
      credit: Math.round(rng.int(-500, 25_000)) / 100,
      lowCreditThreshold: 10,
      registrationStatus: rng.chance(0.85) ? 'registered' : 'unregistered',
      // Deliberately not in api-model.
      codecPreference: rng.pick(['G711A', 'G722', 'OPUS']),
    });
    orders.push(order);
  }
  return orders;
}

/** One X2VoIP number per phone number of an X2VoIP order. */
export function addX2voipNumber(ctx: GenContext, accountIri: string, phoneNumberIri: string, number: string): void {
  const { data, rng } = ctx;
  const id = data.orderDetailsX2voipNumbers.nextId();
  data.orderDetailsX2voipNumbers.insert({
    '@id': iriFor(orderDetailsX2voipNumberModel, id),
    '@type': orderDetailsX2voipNumberModel.type,
    id,
    number,
    orderDetailsX2voip: accountIri,
    phoneNumber: phoneNumberIri,
    forwardTo: rng.chance(0.03) ? `06${rng.digits(8)}` : null,
    callerIdPresentation: rng.chance(0.9),
  });
}

/** Routes, outbound routes and call barrings per account, and a handful of scheduled forwards. */
export function generateVoiceConfig(ctx: GenContext): void {
  const { rng, data } = ctx;
  for (const account of data.orderDetailsX2voips.all()) {
    const routes = rng.int(1, 4);
    for (let p = 1; p <= routes; p++) {
      const id = data.x2voipRoutes.nextId();
      const routeType = rng.pick(X2VOIP_ROUTE_TYPES);
      data.x2voipRoutes.insert({
        '@id': iriFor(x2voipRouteModel, id),
        '@type': x2voipRouteModel.type,
        id,
        orderDetailsX2voip: account['@id'],
        name: routeType === 'ivr' ? 'Keuzemenu' : routeType === 'voicemail' ? 'Voicemail na kantoortijd' : `Route ${p}`,
        routeType,
        destination:
          routeType === 'forward'
            ? `06${rng.digits(8)}`
            : routeType === 'extension'
              ? String(rng.int(200, 299))
              : `${routeType}-${rng.int(1, 9)}`,
        priority: p,
        isActive: rng.chance(0.9),
        timeCondition: rng.pick(['always', 'office-hours', 'outside-office-hours']),
      });
    }
    const outbound = rng.int(1, 2);
    for (let p = 1; p <= outbound; p++) {
      const id = data.x2voipOutboundRoutes.nextId();
      data.x2voipOutboundRoutes.insert({
        '@id': iriFor(x2voipOutboundRouteModel, id),
        '@type': x2voipOutboundRouteModel.type,
        id,
        orderDetailsX2voip: account['@id'],
        name: p === 1 ? 'Standaard' : 'Internationaal',
        prefix: p === 1 ? '' : '00',
        trunk: rng.pick(['trunk-ams-1', 'trunk-ams-2', 'trunk-rtm-1']),
        carrier: rng.pick(['KPN', 'Odido', 'BT']),
        priority: p,
      });
    }
    for (const callType of CALL_BARRING_TYPES) {
      if (!rng.chance(0.6)) continue;
      const id = data.x2voipCallBarrings.nextId();
      data.x2voipCallBarrings.insert({
        '@id': iriFor(x2voipCallBarringModel, id),
        '@type': x2voipCallBarringModel.type,
        id,
        orderDetailsX2voip: account['@id'],
        callType,
        isBarred: callType === 'premium-rate' || callType === 'satellite' ? true : rng.chance(0.4),
      });
    }
  }
  const numbers = data.orderDetailsX2voipNumbers.all();
  if (numbers.length === 0) return;
  const forwards = scaled(ctx, 250, 5, 200);
  for (let i = 0; i < forwards; i++) {
    const target = rng.pick(numbers);
    const id = data.scheduledForwards.nextId();
    let start = rng.chance(0.5) ? daysAhead(ctx, 1, 20) : daysAgo(ctx, 1, 5);
    // One forward starts within the next 24 hours, so "starting soon" has something to show.
    if (i === 0) start = new Date(ctx.now + 6 * 3_600_000).toISOString();
    data.scheduledForwards.insert({
      '@id': iriFor(scheduledForwardModel, id),
      '@type': scheduledForwardModel.type,
      id,
      orderDetailsX2voipNumber: target['@id'],
      number: target.number,
      forwardTo: `06${rng.int(10, 59)}${rng.digits(6)}`,
      dateStart: start,
      dateEnd: new Date(Date.parse(start) + rng.int(1, 21) * 86_400_000).toISOString(),
      createdAt: daysAgo(ctx, 6, 30),
    });
  }
}
