import { message } from '../../src-preload/contract/messages.ts';
import type { ActionDescriptor } from '../../src-preload/contract/resources.ts';

/** An inline edit of one cell: a job of one through the bulk engine. */
export const EDIT_CELL: ActionDescriptor = {
  id: 'edit-cell',
  label: message('actions.label.editCell'),
  scope: 'single',
  method: 'PATCH',
  confirm: false,
  note: message('actions.note.editCell'),
};

/** Bulk edit of the resource's writable fields; only for resources that have any. */
export const BULK_EDIT: ActionDescriptor = {
  id: 'bulk-edit',
  label: message('actions.label.bulkEdit'),
  scope: 'selection',
  method: 'PATCH',
  confirm: true,
};
