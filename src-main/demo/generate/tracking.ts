import { iriFor, trackingDeviceModel, trackingDeviceOutageModel } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { scaled } from './context.ts';
import { serviceCustomerIds } from './customers.ts';
import { TRACKER_MODELS } from './dutch.ts';
import { luhnCheckDigit } from './luhn.ts';
import { createSimCard } from './mobile.ts';
import { createOrder, SERVICE_TYPES } from './orders.ts';

const MINUTE = 60_000;

/** GPS trackers, each on its own tracking order with an M2M SIM; about one in seven is currently out. */
export function generateTracking(ctx: GenContext): void {
  const { rng, data, now } = ctx;
  const customerIds = serviceCustomerIds(ctx);
  const count = scaled(ctx, 75, 10, 2000);
  for (let i = 0; i < count; i++) {
    const order = createOrder(
      ctx,
      rng.pick(customerIds),
      SERVICE_TYPES.tracking,
      'Allsetra Track & Trace',
      `Voertuig ${String.fromCharCode(65 + rng.int(0, 25))}-${rng.int(100, 999)}`,
    );
    const sim = createSimCard(ctx, order, true);
    const id = data.trackingDevices.nextId();
    const r = rng.next();
    const status = r < 0.8 ? 'online' : r < 0.95 ? 'offline' : 'inactive';
    const lastSeen =
      status === 'online'
        ? now - rng.int(5, 600) * 1000
        : status === 'offline'
          ? now - rng.int(120, 14_400) * MINUTE
          : now - rng.int(30, 200) * 1440 * MINUTE;
    const tacAndSerial = `35209${rng.digits(9)}`;
    const device = data.trackingDevices.insert({
      '@id': iriFor(trackingDeviceModel, id),
      '@type': trackingDeviceModel.type,
      id,
      unitCode: `AS${rng.int(10, 99)}${rng.digits(5)}`,
      imei: tacAndSerial + luhnCheckDigit(tacAndSerial),
      model: rng.pick(TRACKER_MODELS),
      simcard: sim['@id'],
      order: order['@id'],
      customer: order.customer,
      status,
      lastSeen: new Date(lastSeen).toISOString(),
      // Deliberately not in api-model.
      firmwareVersion: `03.${rng.int(20, 29)}.${rng.int(0, 15)}`,
    });
    if (status !== 'offline') continue;
    const outageId = data.trackingDeviceOutages.nextId();
    data.trackingDeviceOutages.insert({
      '@id': iriFor(trackingDeviceOutageModel, outageId),
      '@type': trackingDeviceOutageModel.type,
      id: outageId,
      trackingDevice: device['@id'],
      unitCode: device.unitCode,
      since: device.lastSeen ?? new Date(lastSeen).toISOString(),
      durationSeconds: 0,
      customer: device.customer,
    });
  }
}
