import { message, type Message } from '../../src-preload/contract/messages.ts';
import type { ColumnDescriptor, ColumnType, Tone } from '../../src-preload/contract/resources.ts';
import type { ResourceId } from './types.ts';

interface ColumnExtras {
  width?: number;
  tones?: Readonly<Record<string, Tone>>;
  linksTo?: ResourceId;
}

export function column(
  field: string,
  label: Message,
  type: ColumnType,
  visible: boolean,
  extras: ColumnExtras = {},
): ColumnDescriptor {
  return {
    field,
    label,
    type,
    visible,
    ...(extras.width !== undefined ? { width: extras.width } : {}),
    ...(extras.tones !== undefined ? { tones: { ...extras.tones } } : {}),
    ...(extras.linksTo !== undefined ? { linksTo: extras.linksTo } : {}),
  };
}

/** Labels several resources share; the portal calls a customer "klant" and an order a service ("dienst"). */
export const LABELS = {
  customer: message('columns.customer'),
  serviceIri: message('columns.serviceOrder'),
  status: message('columns.status'),
  createdAt: message('columns.created'),
  x2voipAccount: message('columns.x2voipAccount'),
  priority: message('columns.priority'),
  name: message('columns.name'),
  number: message('columns.number'),
  area: message('columns.area'),
  costCenter: message('columns.costCenter'),
  description: message('columns.description'),
  unitCode: message('columns.unitCode'),
} as const satisfies Record<string, Message>;

/** The customer IRI, shown by name through a lookup on /customers. */
export const customerColumn = (visible: boolean): ColumnDescriptor =>
  column('customer', LABELS.customer, 'iri', visible);

export const orderColumn = (visible: boolean): ColumnDescriptor => column('order', LABELS.serviceIri, 'iri', visible);

export const CUSTOMER_LOOKUP = { field: 'customer', path: '/customers', display: 'name' } as const;
export const X2VOIP_ACCOUNT_LOOKUP = {
  field: 'orderDetailsX2voip',
  path: '/order-details-x2voips',
  display: 'accountName',
} as const;
