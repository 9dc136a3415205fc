/** The registry's actions: their names (`msg.actions.label.<id>`) and what they do (`msg.actions.note.<id>`). */
export const actionsMessagesEn = {
  label: {
    acceptOutport: 'Accept outport',
    bulkEdit: 'Edit selected',
    clearCostCenter: 'Clear cost center',
    clearDescription: 'Clear description',
    createForward: 'Create forward',
    deleteForward: 'Delete forward',
    editCell: 'Edit cell',
    endCoolOff: 'End cool-off',
    importCsv: 'Import cost centers (CSV)',
    replaceInDescription: 'Find and replace in description',
    setCostCenter: 'Set cost center',
    setDescription: 'Set description',
    split: 'Split into blocks of N',
  },
  note: {
    acceptOutport:
      'Accepts each selected outport; only pending outports can be accepted, and one whose status the console cannot read is left to the platform. Denying is not offered: the documentation says it is supported but shows no endpoint.',
    createForward:
      'Works on X2VoIP numbers, not on the selected forwards: one new forward per number, to the forward-to number and, optionally, from a start until an end.',
    editCell: 'Changes only this field of this row.',
    endCoolOff:
      'Ends the cool-off of each selected block now. Safe to repeat: a block that is not cooling off stays as it is. A block whose status the console cannot read is sent, and the platform decides.',
    importCsv:
      'Lines "number;costCenter[;description]", matched by number whether written 0…, +31… or 31…; lines that match no number are listed, never dropped.',
    replaceInDescription: 'Rows whose description does not contain the text are skipped.',
    split:
      'Splits each selected block into blocks of N numbers. N must be smaller than the block and divide its size; a block in use cannot be split. Sent once per block, never repeated blindly; a split cannot be undone.',
  },
};
