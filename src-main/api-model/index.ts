export * from './model.ts';
export * from './validate.ts';
export * from './customer.ts';
export * from './order.ts';
export * from './phone-number.ts';
export * from './number-block.ts';
export * from './area-code.ts';
export * from './sim-card.ts';
export * from './tracking-device.ts';
export * from './tracking-device-outage.ts';
export * from './outport.ts';
export * from './order-details-x2voip.ts';
export * from './order-details-x2voip-number.ts';
export * from './scheduled-forward.ts';
export * from './x2voip-route.ts';
export * from './x2voip-outbound-route.ts';
export * from './x2voip-call-barring.ts';

import { areaCodeModel } from './area-code.ts';
import { customerModel } from './customer.ts';
import type { ResourceModel } from './model.ts';
import { numberBlockModel } from './number-block.ts';
import { orderDetailsX2voipNumberModel } from './order-details-x2voip-number.ts';
import { orderDetailsX2voipModel } from './order-details-x2voip.ts';
import { orderModel } from './order.ts';
import { outportModel } from './outport.ts';
import { phoneNumberModel } from './phone-number.ts';
import { scheduledForwardModel } from './scheduled-forward.ts';
import { simCardModel } from './sim-card.ts';
import { trackingDeviceOutageModel } from './tracking-device-outage.ts';
import { trackingDeviceModel } from './tracking-device.ts';
import { x2voipCallBarringModel } from './x2voip-call-barring.ts';
import { x2voipOutboundRouteModel } from './x2voip-outbound-route.ts';
import { x2voipRouteModel } from './x2voip-route.ts';

/** Every resource the console uses, in the order a navigation would list them. */
export const resourceModels: readonly ResourceModel[] = [
  phoneNumberModel,
  numberBlockModel,
  areaCodeModel,
  simCardModel,
  trackingDeviceModel,
  trackingDeviceOutageModel,
  outportModel,
  orderDetailsX2voipModel,
  orderDetailsX2voipNumberModel,
  scheduledForwardModel,
  x2voipRouteModel,
  x2voipOutboundRouteModel,
  x2voipCallBarringModel,
  customerModel,
  orderModel,
];
