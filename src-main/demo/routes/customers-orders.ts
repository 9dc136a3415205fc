import { customerModel, orderModel } from '../../api-model/index.ts';
import type { Customer, Order } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import type { Filter, Route } from './route.ts';
import { readOnlyRoutes } from './route.ts';

const intParam = (value: string | null): number | null =>
  value !== null && /^[0-9]+$/.test(value) ? Number(value) : null;

/** Ids of a customer and all its descendants. */
function subtree(data: DemoData, rootId: number): Set<string> {
  const ids = new Set<string>([`${customerModel.path}/${rootId}`]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of data.customers.all()) {
      if (c.parent !== null && ids.has(c.parent) && !ids.has(c['@id'])) {
        ids.add(c['@id']);
        grew = true;
      }
    }
  }
  return ids;
}

const customerFilter: Filter<Customer> = (req, rows, data) => {
  let out = rows;
  const name = req.query.get('name')?.toLowerCase();
  if (name) out = out.filter((c) => c.name.toLowerCase().includes(name));
  const reference = req.query.get('reference');
  if (reference) out = out.filter((c) => c.reference === reference);
  const parentId = intParam(req.query.get('parentId'));
  if (parentId !== null) out = out.filter((c) => c.parent === `${customerModel.path}/${parentId}`);
  const treeId = intParam(req.query.get('inTreeOfCustomerId'));
  if (treeId !== null) {
    const tree = subtree(data, treeId);
    out = out.filter((c) => tree.has(c['@id']));
  }
  return out;
};

const orderFilter: Filter<Order> = (req, rows, data) => {
  let out = rows;
  const customerId = intParam(req.query.get('customer.id'));
  if (customerId !== null) {
    const wanted =
      req.query.get('includeTree') === '1'
        ? subtree(data, customerId)
        : new Set([`${customerModel.path}/${customerId}`]);
    out = out.filter((o) => wanted.has(o.customer));
  }
  const treeId = intParam(req.query.get('inTreeOfCustomerId'));
  if (treeId !== null) {
    const tree = subtree(data, treeId);
    out = out.filter((o) => tree.has(o.customer));
  }
  return out;
};

export const customerOrderRoutes: Route[] = [
  ...readOnlyRoutes(customerModel, (data) => data.customers, customerFilter),
  ...readOnlyRoutes(orderModel, (data) => data.orders, orderFilter),
];
