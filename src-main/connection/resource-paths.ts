/**
 * The collection behind each of the seven views, used to count what the platform holds.
 * The resource registry (one module per resource) will take this over.
 */
export const RESOURCE_COLLECTIONS = {
  'phone-numbers': '/phonenumbers',
  'number-blocks': '/number-blocks',
  'sim-cards': '/simcards',
  'x2voip-routes': '/x2voip-routes',
  'scheduled-forwards': '/order-details-x2voip-numbers-scheduled-forwards',
  'tracking-devices': '/tracking-devices',
  outports: '/outports',
} as const;
