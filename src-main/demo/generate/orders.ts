import { customerModel, iriFor, orderModel } from '../../api-model/index.ts';
import type { Order } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { daysAgo, dateOnly } from './context.ts';

export const SERVICE_TYPES = {
  voip: '/service-types/2',
  mobile: '/service-types/3',
  tracking: '/service-types/4',
  hostedVoice: '/service-types/5',
} as const;

export function createOrder(
  ctx: GenContext,
  customerId: number,
  serviceType: string,
  label: string,
  description: string | null,
): Order {
  const { rng, data } = ctx;
  const id = data.orders.nextId();
  const order: Order = {
    '@id': iriFor(orderModel, id),
    '@type': orderModel.type,
    id,
    customer: iriFor(customerModel, customerId),
    serviceType,
    supplier: '/suppliers/10',
    label,
    description,
    dateStart: dateOnly(daysAgo(ctx, 30, 2500)),
    dateEnd: null,
    isActive: true,
    costCenter: rng.chance(0.4) ? rng.pick(['HQ-NET', 'Sales', 'Support', 'Finance']) : null,
    parentId: null,
    children: [],
  };
  return data.orders.insert(order);
}
