import type { ActionDescriptor } from '../../src-preload/contract/resources.ts';

/** An inline edit of one cell: a job of one through the bulk engine. */
export const EDIT_CELL: ActionDescriptor = {
  id: 'edit-cell',
  label: { en: 'Edit cell', nl: 'Cel bewerken' },
  scope: 'single',
  method: 'PATCH',
  confirm: false,
  note: {
    en: 'Changes only this field of this row.',
    nl: 'Wijzigt alleen dit veld van deze rij.',
  },
};

/** Bulk edit of the resource's writable fields; only for resources that have any. */
export const BULK_EDIT: ActionDescriptor = {
  id: 'bulk-edit',
  label: { en: 'Edit selected', nl: 'Selectie bewerken' },
  scope: 'selection',
  method: 'PATCH',
  confirm: true,
};
