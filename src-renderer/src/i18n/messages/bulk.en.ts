/** Messages main's bulk engine sends, under `msg.bulk.<code>`. */
export const bulkMessagesEn = {
  unknownAction: '"{{action}}" is not an action of {{resource, lower}}.',
  setField: {
    title: 'Set {{field}} to {{value}}',
    confirm_one: 'Set {{field, lower}} of {{count, number}} row to {{value}}?',
    confirm_other: 'Set {{field, lower}} of {{count, number}} rows to {{value}}?',
  },
  retry: { title: 'Retry failed: {{title}}' },
  undo: {
    title: 'Undo: {{title}}',
    confirm_one: 'Put back {{count, number}} row as it was before "{{title}}"?',
    confirm_other: 'Put back {{count, number}} rows as they were before "{{title}}"?',
    confirmLeave_one:
      'Put back {{count, number}} row as it was before "{{title}}"? {{changed, number}} changed since and are left alone.',
    confirmLeave_other:
      'Put back {{count, number}} rows as they were before "{{title}}"? {{changed, number}} changed since and are left alone.',
    confirmOverwrite_one:
      'Put back {{count, number}} row as it was before "{{title}}"? {{changed, number}} changed since and will be overwritten.',
    confirmOverwrite_other:
      'Put back {{count, number}} rows as they were before "{{title}}"? {{changed, number}} changed since and will be overwritten.',
  },
};
