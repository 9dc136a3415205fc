import type { ColumnDescriptor, ColumnType, Localized, Tone } from '../../src-preload/contract/resources.ts';
import type { ResourceId } from './types.ts';

interface ColumnExtras {
  width?: number;
  tones?: Readonly<Record<string, Tone>>;
  linksTo?: ResourceId;
}

export function column(
  field: string,
  label: Localized,
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
  customer: { en: 'Customer', nl: 'Klant' },
  serviceIri: { en: 'Service (order)', nl: 'Dienst (order)' },
  status: { en: 'Status', nl: 'Status' },
  createdAt: { en: 'Created', nl: 'Aangemaakt' },
  x2voipAccount: { en: 'X2VoIP account', nl: 'X2VoIP-account' },
  priority: { en: 'Priority', nl: 'Prioriteit' },
  name: { en: 'Name', nl: 'Naam' },
  number: { en: 'Number', nl: 'Nummer' },
  area: { en: 'Area', nl: 'Netnummergebied' },
} as const satisfies Record<string, Localized>;

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
