/** Messages main's resource registry and write checks send, under `msg.resources.<code>`. */
export const resourcesMessagesEn = {
  /** What a view (or a search group) shows, by name. */
  plural: {
    customers: 'Customers',
    numberBlocks: 'Number blocks',
    outports: 'Outports',
    phoneNumbers: 'Phone numbers',
    scheduledForwards: 'Scheduled forwards',
    simCards: 'SIM cards',
    trackingDevices: 'Tracking devices',
    x2voipRoutes: 'X2VoIP routes',
  },
  /** One of them. */
  singular: {
    numberBlock: 'Number block',
    outport: 'Outport',
    phoneNumber: 'Phone number',
    scheduledForward: 'Scheduled forward',
    simCard: 'SIM card',
    trackingDevice: 'Tracking device',
    x2voipRoute: 'X2VoIP route',
  },
  tab: {
    callBarrings: 'Call barrings',
    outageReport: 'Outage report',
    outboundRoutes: 'Outbound routes',
  },
  unknown: 'The console has no view called "{{id}}".',
  requiredOnCreate: 'The platform needs a value for {{fields}} to create this.',
  /** Why a typed value is refused. */
  edit: {
    notWritable: '"{{field}}" cannot be changed here.',
    missing: 'No value given.',
    required: 'This field cannot be empty.',
    notText: 'Enter text.',
    tooLong_one: 'At most {{count, number}} character (this has {{actual, number}}).',
    tooLong_other: 'At most {{count, number}} characters (this has {{actual, number}}).',
    phone: 'Enter a Dutch phone number: 0 and 9 digits (0612345678), or +31 and 9 digits (+31 6 1234 5678).',
    datetime: 'Enter a date and time, e.g. 2026-07-01T09:00 or 2026-07-01T09:00:00+02:00.',
    iri: 'Enter a link such as /resource/123.',
    endNotAfterStart: 'The end must be after the start.',
    patternDefault: 'This value is not valid.',
    platformRule: '{{rule}}',
    notInList: 'Choose one of: {{options}}.',
    notNumber: 'Enter a number.',
    notInteger: 'Enter a whole number.',
    notBoolean: 'Enter yes or no.',
    date: 'Enter a date such as 2026-07-01.',
  },
};
