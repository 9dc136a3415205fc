/** The seven resource views of the sidebar. Their grids arrive with the resource registry. */
export const RESOURCE_VIEWS = [
  { id: 'phone-numbers', label: 'Phone numbers', icon: '☎', what: 'phone numbers, their cost centers and descriptions' },
  { id: 'number-blocks', label: 'Number blocks', icon: '▦', what: 'number blocks, their cool-off and splits' },
  { id: 'sim-cards', label: 'SIM cards', icon: '▣', what: 'SIM cards and eSIMs with their ICCID and IMSI' },
  { id: 'x2voip-routes', label: 'X2VoIP routes', icon: '⇄', what: 'X2VoIP inbound and outbound routes and call barrings' },
  { id: 'scheduled-forwards', label: 'Scheduled forwards', icon: '↪', what: 'scheduled call forwards of X2VoIP numbers' },
  { id: 'tracking-devices', label: 'Tracking devices', icon: '◎', what: 'GPS tracking devices and their outages' },
  { id: 'outports', label: 'Outports', icon: '⇥', what: 'port-out requests waiting for a decision' },
] as const;

export type ResourceViewId = (typeof RESOURCE_VIEWS)[number]['id'];
