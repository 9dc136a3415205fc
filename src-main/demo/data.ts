import type {
  AreaCode,
  Customer,
  NumberBlock,
  Order,
  OrderDetailsX2voip,
  OrderDetailsX2voipNumber,
  Outport,
  PhoneNumber,
  ScheduledForward,
  SimCard,
  TrackingDevice,
  TrackingDeviceOutage,
  X2voipCallBarring,
  X2voipOutboundRoute,
  X2voipRoute,
  WritableRule,
} from '../api-model/index.ts';
import { Table } from './table.ts';

/** The demo platform's whole state. Rows are stored in their JSON-LD response shape. */
export interface DemoData {
  readonly areaCodes: Table<AreaCode>;
  readonly customers: Table<Customer>;
  readonly orders: Table<Order>;
  readonly phoneNumbers: Table<PhoneNumber>;
  readonly numberBlocks: Table<NumberBlock>;
  readonly simCards: Table<SimCard>;
  readonly trackingDevices: Table<TrackingDevice>;
  readonly trackingDeviceOutages: Table<TrackingDeviceOutage>;
  readonly outports: Table<Outport>;
  readonly orderDetailsX2voips: Table<OrderDetailsX2voip>;
  readonly orderDetailsX2voipNumbers: Table<OrderDetailsX2voipNumber>;
  readonly scheduledForwards: Table<ScheduledForward>;
  readonly x2voipRoutes: Table<X2voipRoute>;
  readonly x2voipOutboundRoutes: Table<X2voipOutboundRoute>;
  readonly x2voipCallBarrings: Table<X2voipCallBarring>;
  /** By collection path: fields a dialect makes writable beyond api-model (SIM-card cost center). */
  readonly extraWritable: Record<string, Readonly<Record<string, WritableRule>>>;
}

export function emptyDemoData(): DemoData {
  return {
    areaCodes: new Table<AreaCode>(1),
    customers: new Table<Customer>(1000),
    orders: new Table<Order>(5001),
    phoneNumbers: new Table<PhoneNumber>(1),
    numberBlocks: new Table<NumberBlock>(101),
    simCards: new Table<SimCard>(3001),
    trackingDevices: new Table<TrackingDevice>(201),
    trackingDeviceOutages: new Table<TrackingDeviceOutage>(1),
    outports: new Table<Outport>(401),
    orderDetailsX2voips: new Table<OrderDetailsX2voip>(701),
    orderDetailsX2voipNumbers: new Table<OrderDetailsX2voipNumber>(10001),
    scheduledForwards: new Table<ScheduledForward>(1),
    x2voipRoutes: new Table<X2voipRoute>(1),
    x2voipOutboundRoutes: new Table<X2voipOutboundRoute>(1),
    x2voipCallBarrings: new Table<X2voipCallBarring>(1),
    extraWritable: {},
  };
}
