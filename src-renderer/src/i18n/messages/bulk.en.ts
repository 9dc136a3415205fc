/** Messages main's bulk engine sends, under `msg.bulk.<code>`. */
export const bulkMessagesEn = {
  unknownAction: '"{{action}}" is not an action of {{resource, lower}}.',
  unknownResource: 'Unknown resource "{{resource}}".',
  unknownJob: 'There is no job {{jobId}}.',
  unknownJobInHistory: 'There is no job {{jobId}} in the history of this profile.',
  unknownPlan: 'This plan is unknown or expired: plan again.',
  closed: 'The bulk engine is closed.',
  alreadyStarted: 'This job has already been started.',
  countMismatch: 'The plan has {{count, number}} operations, not {{expected, number}}: review the preview again.',
  nothingToSend: 'Nothing to send: every row is skipped.',
  selectRow: 'Select at least one row.',
  invalidSettings: "The action's settings are not valid ({{detail}}).",
  cellEditOneRow: 'A cell edit changes exactly one row.',
  paramMissing: '"{{name}}" is missing.',
  paramNotText: '"{{name}}" must be text.',
  untitledJob: 'Bulk job ({{action}})',
  wrongState: 'The job is {{from}} and cannot become {{to}} from there.',
  jobState: {
    planned: 'planned',
    running: 'running',
    paused: 'paused',
    reconciling: 'being checked',
    interrupted: 'interrupted',
    completed: 'completed',
    cancelled: 'cancelled',
  },
  skip: {
    notCached: 'Not in the local cache: refresh the grid and plan again.',
    unchanged: 'Already holds this value: nothing to change.',
  },
  status: {
    available: 'available',
    inUse: 'in use',
    coolOff: 'cool-off',
    pending: 'pending',
    accepted: 'accepted',
    denied: 'denied',
  },
  rule: {
    undecided:
      'Status "{{status}}" is not one the console can read: sent so that the platform decides (a refusal shows on this row).',
    coolOffStatus: 'Cooling off: its status "{{status}}" means cool-off.',
    coolOffUntil: 'Cooling off: its cool-off ends {{until, moment}}, still ahead.',
    notCoolingOff: 'Not cooling off: its status "{{status}}" means {{meaning}}, and no cool-off end lies ahead.',
    pending: 'Pending: its status "{{status}}" means pending.',
    notPending: 'Only pending outports can be accepted: its status "{{status}}" means {{meaning}}.',
    blockInUse: 'The block is in use (status "{{status}}"); the platform does not split blocks in use.',
    notInUse: 'Not in use: its status "{{status}}" means {{meaning}}.',
  },
  costCenter: {
    setTitle: 'Set cost center to {{value}}',
    clearTitle: 'Clear cost center',
    setConfirm_one: 'Set the cost center of {{count, number}} phone number to {{value}}?',
    setConfirm_other: 'Set the cost center of {{count, number}} phone numbers to {{value}}?',
    clearConfirm_one: 'Clear the cost center of {{count, number}} phone number?',
    clearConfirm_other: 'Clear the cost center of {{count, number}} phone numbers?',
  },
  description: {
    setTitle: 'Set description to {{value}}',
    clearTitle: 'Clear description',
    setConfirm_one: 'Set the description of {{count, number}} phone number to {{value}}?',
    setConfirm_other: 'Set the description of {{count, number}} phone numbers to {{value}}?',
    clearConfirm_one: 'Clear the description of {{count, number}} phone number?',
    clearConfirm_other: 'Clear the description of {{count, number}} phone numbers?',
  },
  replace: {
    enterFind: 'Enter the text to find.',
    notFound: 'The description does not contain "{{find}}".',
    title: 'Replace "{{find}}" with "{{replace}}" in descriptions',
    confirm_one: 'Replace "{{find}}" with "{{replace}}" in the description of {{count, number}} phone number?',
    confirm_other: 'Replace "{{find}}" with "{{replace}}" in the description of {{count, number}} phone numbers?',
  },
  csv: {
    tooLarge:
      'The list is {{size, number(maximumFractionDigits: 1)}} MB; at most {{max, number(maximumFractionDigits: 1)}} MB can be imported at once. Split it into smaller files.',
    empty: 'The list is empty.',
    notSelected: '{{number}} is not among the selected numbers.',
    noMatch: '{{number}} matches no phone number in the cache.',
    title: 'Import cost centers',
    titleFrom: 'Import cost centers from {{fileName}}',
    confirm_one: 'Apply the list to {{count, number}} phone number?',
    confirm_other: 'Apply the list to {{count, number}} phone numbers?',
    unclosedQuote: 'A quote (") opened on this line is never closed; close it or remove it.',
    fieldCount_one: 'Expected number;costCenter[;description], found {{count, number}} field.',
    fieldCount_other: 'Expected number;costCenter[;description], found {{count, number}} fields.',
    notDutchNumber: '"{{value}}" is not a Dutch phone number (0…, +31… or 31…).',
    duplicate: '{{number}} is also on line {{line}}; only that line is used.',
    formula:
      '"{{value}}" starts like a spreadsheet formula (=, +, -, @, a tab or a line break) and is not imported; remove that first character.',
  },
  outports: {
    title: 'Accept outports',
    confirm_one: 'Accept {{count, number}} outport? The numbers will leave for the receiving provider.',
    confirm_other: 'Accept {{count, number}} outports? The numbers will leave for the receiving provider.',
    noDeny:
      'Denying is not offered: the platform documentation says outports can be denied but does not say how. Deny in the portal.',
    noUndo: 'No undo: an accepted outport cannot be taken back through the platform.',
  },
  forwards: {
    enterNumber: 'Enter the number to forward to.',
    notX2voip: 'Not an X2VoIP number: forwards are created for X2VoIP numbers.',
    duplicate: 'This number already has exactly this forward.',
    title: 'Forward to {{to}}',
    confirm_one: 'Create a forward to {{to}} for {{count, number}} number?',
    confirm_other: 'Create a forward to {{to}} for {{count, number}} numbers?',
    undoNote: 'Undo deletes the forwards this job created.',
    deleteTitle: 'Delete forwards',
    deleteConfirm_one: 'Delete {{count, number}} scheduled forward?',
    deleteConfirm_other: 'Delete {{count, number}} scheduled forwards?',
    deleteNoUndo:
      'No automatic undo: a deleted forward can only be created anew (as a new item); use "Create forward".',
  },
  blocks: {
    noUndo: 'No automatic undo: the platform offers no way to merge blocks or to restart a cool-off.',
    endCoolOffTitle: 'End cool-off',
    endCoolOffConfirm_one: 'End the cool-off of {{count, number}} number block: {{blocks}}?',
    endCoolOffConfirm_other: 'End the cool-off of {{count, number}} number blocks: {{blocks}}?',
    sizeNotWhole: 'Enter the size of the new blocks as a whole number.',
    cannotSplit:
      'A block of {{blockSize, number}} numbers cannot be split into blocks of {{size, number}}: the size must be smaller than the block and divide it.',
    splitTitle: 'Split into blocks of {{size, number}}',
    splitConfirm_one: 'Split {{count, number}} number block into blocks of {{size, number}}: {{blocks}}?',
    splitConfirm_other: 'Split {{count, number}} number blocks into blocks of {{size, number}}: {{blocks}}?',
  },
  estimate: {
    hourBudget:
      "This job needs {{requests, number}} requests and {{left, number}} are left in this hour's rate budget: it will wait for the budget to renew and finish around {{at, moment}}. Other work in the console waits too.",
    dayBudget:
      "This job needs {{requests, number}} requests and {{left, number}} are left in today's rate budget: it will wait for the budget to renew and finish around {{at, moment}}. Other work in the console waits too.",
  },
  journal: {
    damaged_one:
      '{{count, number}} bulk job in the history could not be read back intact ({{ids}}) and is not shown, resumed or undone. Check on the platform whether its changes were applied; the records stay in the journal file.',
    damaged_other:
      '{{count, number}} bulk jobs in the history could not be read back intact ({{ids}}) and are not shown, resumed or undone. Check on the platform whether their changes were applied; the records stay in the journal file.',
    cannotOpen:
      'The bulk job history could not be opened ({{reason}}). Nothing was changed and the history stays as it is; check the disk and the folder of the console’s data, then try again.',
    cannotStartAfterSetAside:
      'The bulk job history could not be read (the file is damaged, or the key in the keychain does not open it), so it was set aside, kept unchanged beside the new one; but a new history could not be started ({{reason}}). No bulk job can run until it can: check the disk and the folder of the console’s data, then try again.',
    inUse:
      'The bulk job history is in use by another program or window of the console. Close it and try again; nothing was changed.',
    setAside:
      'The bulk job history could not be read (the file is damaged, or the key in the keychain does not open it); it was set aside and a new history started.',
    writeFailed: 'The job stopped because its journal could not be written ({{reason}}); it can be resumed.',
    cause: {
      diskFull: 'the disk is full',
      locked: 'the file is locked by another program',
      notWritable: 'the file cannot be opened or written',
      unknown: 'an unexpected error',
    },
  },
  recheck: {
    itemGone: 'the item no longer exists',
    blockGone: 'the number block no longer exists',
    blockSize: 'the number block now has size {{size}}',
    outportGone: 'the outport request no longer exists',
    outportStatus: 'the outport request is now {{status}}',
    createByListing: 'a new item is found by listing, not by reading it back',
    noForwardRecord: 'the job holds no description of the forward',
    noItemInAnswer: 'the platform answered without the item',
    noAnswer: 'no answer',
    failed: 'reading it back failed: {{reason}}',
  },
  outcome: {
    confirmed: 'confirmed by reading it back (the answer was lost)',
    notApplied: 'not applied (confirmed by reading it back); safe to try again',
    unsettled: 'could not be confirmed by reading it back ({{reason}}); check the platform before trying again',
    withNote: '{{text}} ({{note}})',
  },
  setField: {
    title: 'Set {{field}} to {{value}}',
    confirm_one: 'Set {{field, lower}} of {{count, number}} row to {{value}}?',
    confirm_other: 'Set {{field, lower}} of {{count, number}} rows to {{value}}?',
  },
  retry: {
    title: 'Retry failed: {{title}}',
    confirm_one: 'Retry {{count, number}} failed row?',
    confirm_other: 'Retry {{count, number}} failed rows?',
    noFailed: 'The job has no failed operations.',
    stillRunning: 'The job is still running; retry its failed rows when it has finished.',
  },
  resume: {
    nothingLeft: 'Nothing is left to send: every row of this job was applied, failed or skipped.',
    undone: 'This job was undone; plan the change again instead of resuming it.',
    count_one: '{{count, number}} row is left to send, not {{expected, number}}: look at the job again.',
    count_other: '{{count, number}} rows are left to send, not {{expected, number}}: look at the job again.',
  },
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
    notFinished:
      'Only a completed or cancelled job can be undone; wait for it to finish, or resume or cancel it first.',
    gone: 'No longer exists on the platform: nothing to put back.',
    alreadyOld: 'Already holds the old value.',
    conflict:
      'Changed on the platform since: {{field}} is now {{current}}, not {{ours}}. Left alone (force to overwrite).',
    noSplit: 'Splits are not undone: the platform has no way to merge blocks.',
    noEndCoolOff: 'Ended cool-offs are not undone: the platform cannot restart a cool-off.',
    noAcceptOutport: 'Accepted outports are not undone: an accepted port cannot be taken back through the platform.',
    noDeleteForward:
      'Deleted forwards are not recreated automatically: they would come back as new items; create them again if needed.',
  },
};
