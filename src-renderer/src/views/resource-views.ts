/** The seven resource views of the sidebar, in the order NOC staff use them. Labels come from the registry. */
export const RESOURCE_VIEWS = [
  { id: 'phone-numbers', icon: '☎' },
  { id: 'number-blocks', icon: '▦' },
  { id: 'sim-cards', icon: '▣' },
  { id: 'x2voip-routes', icon: '⇄' },
  { id: 'scheduled-forwards', icon: '↪' },
  { id: 'tracking-devices', icon: '◎' },
  { id: 'outports', icon: '⇥' },
] as const;

export type ResourceViewId = (typeof RESOURCE_VIEWS)[number]['id'];

export function isResourceViewId(value: string): value is ResourceViewId {
  return RESOURCE_VIEWS.some((view) => view.id === value);
}
