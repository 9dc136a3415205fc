import { customerModel, iriFor } from '../../api-model/index.ts';
import type { Customer } from '../../api-model/index.ts';
import type { GenContext } from './context.ts';
import { scaled } from './context.ts';
import { CITIES, STREETS, companyName } from './dutch.ts';

export const ROOT_CUSTOMER_ID = 1000;
const END_CUSTOMER = '/customer-types/1';
const DEALER = '/customer-types/2';
const WHOLESALER = '/customer-types/3';

/** The reseller (root of the tree the API user sees), a few dealers, and end customers under both. */
export function generateCustomers(ctx: GenContext): void {
  const { rng, data } = ctx;
  const count = scaled(ctx, 60, 15, 2000);
  const dealers: number[] = [];
  data.customers.insert(customer(ctx, ROOT_CUSTOMER_ID, 'Demo Telecom Reseller B.V.', null, WHOLESALER));
  for (let i = 0; i < count; i++) {
    const id = data.customers.nextId();
    const isDealer = i < Math.max(2, Math.round(count / 12));
    const parentId = isDealer || dealers.length === 0 || rng.chance(0.6) ? ROOT_CUSTOMER_ID : rng.pick(dealers);
    const row = customer(
      ctx,
      id,
      companyName(rng.pick),
      iriFor(customerModel, parentId),
      isDealer ? DEALER : END_CUSTOMER,
    );
    data.customers.insert(row);
    if (isDealer) dealers.push(id);
  }
}

function customer(ctx: GenContext, id: number, name: string, parent: string | null, customerType: string): Customer {
  const { rng } = ctx;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    '@id': iriFor(customerModel, id),
    '@type': customerModel.type,
    id,
    name,
    reference: `C${String(id).padStart(5, '0')}`,
    debtorNumber: `D${10000 + id}`,
    invoiceEmail: `facturen@${slug.slice(0, 24)}.nl`,
    parent,
    customerType,
    isActive: rng.chance(0.95),
    visitLocation: {
      street: rng.pick(STREETS),
      houseNumber: String(rng.int(1, 250)),
      zipcode: `${rng.int(1000, 9999)}${String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25))}`,
      city: rng.pick(CITIES),
    },
    // Deliberately not in api-model: the client must keep fields it does not know.
    kvkNumber: rng.digits(8),
  };
}

/** Customer ids other than the root, for linking services. */
export function serviceCustomerIds(ctx: GenContext): number[] {
  return ctx.data.customers
    .all()
    .filter((c) => c.id !== ROOT_CUSTOMER_ID)
    .map((c) => c.id);
}
