import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { ResourceGrid } from '../grid/ResourceGrid.tsx';
import { SchemaNotice } from '../schema/SchemaNotice.tsx';
import { useConnectionStore } from '../state/connection-store.ts';

/** One resource: its main grid and, where the registry lists them, related collections as tabs. */
export function ResourceView(props: {
  descriptor: ResourceDescriptor;
  theme: 'light' | 'dark';
  onOpenSchema?: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { descriptor } = props;
  const [tab, setTab] = useState<string | null>(null);
  const profileId = useConnectionStore((state) => state.status.profileId);
  const current = descriptor.tabs.find((candidate) => candidate.id === tab) ?? null;
  const title = localized(descriptor.label);

  return (
    <section className="resource-view" aria-labelledby="view-title">
      <div className="view-heading">
        <h1 id="view-title">{title}</h1>
        {descriptor.tabs.length > 0 ? (
          <div role="tablist" aria-label={t('grid.tabs')} className="tabs">
            <button type="button" role="tab" aria-selected={current === null} onClick={() => setTab(null)}>
              {title}
            </button>
            {descriptor.tabs.map((candidate) => (
              <button
                key={candidate.id}
                type="button"
                role="tab"
                aria-selected={current?.id === candidate.id}
                onClick={() => setTab(candidate.id)}
              >
                {localized(candidate.label)}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {profileId ? (
        <SchemaNotice resourceLabel={title} {...(props.onOpenSchema ? { onOpenSchema: props.onOpenSchema } : {})} />
      ) : null}
      {profileId ? (
        <ResourceGrid
          key={`${profileId}|${descriptor.id}|${current?.id ?? ''}`}
          target={current ? { resource: descriptor.id, tab: current.id } : { resource: descriptor.id }}
          descriptor={descriptor}
          columns={current ? current.columns : descriptor.columns}
          label={current ? localized(current.label) : title}
          theme={props.theme}
        />
      ) : (
        <div className="empty-state">
          <p className="empty-title">{t('grid.connectFirst')}</p>
        </div>
      )}
    </section>
  );
}
