import type { OverviewLink } from '../../../src-preload/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';
import { isResourceViewId } from '../views/resource-views.ts';

/** Where an overview count leads: a filtered grid, one row of a grid, or the jobs list. */
export function followLink(link: OverviewLink, openJobs: () => void): void {
  if (link.kind === 'jobs') {
    openJobs();
    return;
  }
  if (!isResourceViewId(link.resource)) return;
  if (link.kind === 'row') useUiStore.getState().selectView(link.resource, link.iri);
  else useUiStore.getState().openPreset({ view: link.resource, preset: link.preset, label: link.label });
}
