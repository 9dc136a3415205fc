import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkOpState, HistoryFilter, HistoryJob, HistorySearch } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { describeError, noc } from '../noc.ts';
import { amsterdamTime } from '../overview/amsterdam-time.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { useResourcesStore } from '../state/resources-store.ts';
import { HistoryAudit } from './HistoryAudit.tsx';
import { historyWords } from './history-words.ts';
import './history.css';

interface Filters {
  row: string;
  profileId: string;
  resource: string;
  action: string;
  outcome: BulkOpState | '';
  from: string;
  to: string;
}

/** The outcomes a row can have, in the order an operator looks for them. */
const OUTCOMES: readonly BulkOpState[] = ['applied', 'failed', 'skipped', 'unknown', 'cancelled', 'pending', 'sending'];

const NO_FILTERS: Filters = { row: '', profileId: '', resource: '', action: '', outcome: '', from: '', to: '' };
/** Typing in the row field asks again once the typing pauses. */
const TYPING_PAUSE_MS = 200;

function asFilter(filters: Filters): HistoryFilter {
  const filter: HistoryFilter = {};
  if (filters.row.trim()) filter.row = filters.row.trim();
  if (filters.profileId) filter.profileId = filters.profileId;
  if (filters.resource) filter.resource = filters.resource;
  if (filters.action) filter.action = filters.action;
  if (filters.outcome) filter.outcome = filters.outcome;
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  return filter;
}

/** Every bulk job of every profile, searchable by day, profile, resource, action, row and outcome, with its audit. */
export function HistoryView(): React.JSX.Element {
  const { t } = useTranslation();
  const descriptors = useResourcesStore((state) => state.descriptors);
  const jobsOnScreen = useBulkStore((state) => state.jobs);
  const words = useMemo(() => historyWords(descriptors), [descriptors]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [result, setResult] = useState<HistorySearch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ profileId: string; jobId: string } | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      noc
        .invoke('history:search', asFilter(filters))
        .then((answer) => live && (setResult(answer), setError(null)))
        .catch((failure: unknown) => live && setError(describeError(failure)));
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // jobsOnScreen: a job of the open profile that ran or finished changes the history
  }, [filters, jobsOnScreen]);

  const set = (patch: Partial<Filters>): void => setFilters((current) => ({ ...current, ...patch }));
  const actions = (result?.actions ?? []).filter((entry) => !filters.resource || entry.resource === filters.resource);

  return (
    <section className="history-view" aria-labelledby="history-heading">
      <h1 id="history-heading">{t('history.heading')}</h1>
      <p className="hint">{t('history.intro')}</p>
      <form className="history-filters" aria-label={t('history.filters')} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('history.row')}
          <input
            type="search"
            value={filters.row}
            placeholder={t('history.rowPlaceholder')}
            onChange={(event) => set({ row: event.target.value })}
          />
        </label>
        <label>
          {t('history.profile')}
          <select value={filters.profileId} onChange={(event) => set({ profileId: event.target.value })}>
            <option value="">{t('history.any')}</option>
            {result?.profiles.map((profile) => (
              <option key={profile.profileId} value={profile.profileId}>
                {profile.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.resource')}
          <select value={filters.resource} onChange={(event) => set({ resource: event.target.value, action: '' })}>
            <option value="">{t('history.any')}</option>
            {result?.resources.map((resource) => (
              <option key={resource} value={resource}>
                {words.resource(resource)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.action')}
          <select value={filters.action} onChange={(event) => set({ action: event.target.value })}>
            <option value="">{t('history.any')}</option>
            {[...new Set(actions.map((entry) => entry.action))].map((action) => (
              <option key={action} value={action}>
                {words.action(actions.find((entry) => entry.action === action)!.resource, action)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.outcomeFilter')}
          <select
            value={filters.outcome}
            onChange={(event) => set({ outcome: event.target.value as BulkOpState | '' })}
          >
            <option value="">{t('history.any')}</option>
            {OUTCOMES.map((state) => (
              <option key={state} value={state}>
                {t(`history.outcome.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.from')}
          <input type="date" value={filters.from} onChange={(event) => set({ from: event.target.value })} />
        </label>
        <label>
          {t('history.to')}
          <input type="date" value={filters.to} onChange={(event) => set({ to: event.target.value })} />
        </label>
        <button type="button" className="button ghost" onClick={() => setFilters(NO_FILTERS)}>
          {t('history.clear')}
        </button>
      </form>
      {error ? <p className="form-error">{error}</p> : null}
      {result?.profiles.map((profile) => (
        <div key={profile.profileId}>
          {profile.problem ? (
            <p role="alert" className="notice warning">
              {t(`history.problem.${profile.problem}`, { name: profile.name })}
            </p>
          ) : null}
          {profile.damaged > 0 ? (
            <p role="alert" className="notice warning">
              {t('history.damaged', { count: profile.damaged, name: profile.name })}
            </p>
          ) : null}
        </div>
      ))}
      <div className="history-body">
        <JobList result={result} words={words} chosen={chosen} onChoose={setChosen} />
        {chosen ? (
          <HistoryAudit
            {...chosen}
            row={filters.row}
            outcome={filters.outcome}
            words={words}
            onClose={() => setChosen(null)}
          />
        ) : null}
      </div>
    </section>
  );
}

function JobList(props: {
  result: HistorySearch | null;
  words: ReturnType<typeof historyWords>;
  chosen: { profileId: string; jobId: string } | null;
  onChoose: (job: { profileId: string; jobId: string }) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const { result, words } = props;
  if (!result) return null;
  const open = new Set(result.profiles.filter((profile) => profile.open).map((profile) => profile.profileId));
  const isChosen = (job: HistoryJob): boolean =>
    props.chosen?.jobId === job.jobId && props.chosen.profileId === job.profileId;
  return (
    <section className="history-jobs" aria-label={t('history.jobs')}>
      <p role="status" className="hint">
        {result.jobs.length < result.total
          ? t('history.foundOf', { shown: result.jobs.length, count: result.total })
          : t('history.found', { count: result.total })}
      </p>
      {result.total === 0 ? <p className="hint">{t('history.none')}</p> : null}
      {result.jobs.length > 0 ? (
        <table className="bulk-table history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.profile')}</th>
              <th scope="col">{t('history.job')}</th>
              <th scope="col">{t('history.resource')}</th>
              <th scope="col">{t('history.rows')}</th>
              <th scope="col">{t('history.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('history.showAudit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.jobs.map((job) => (
              <tr key={`${job.profileId}|${job.jobId}`} aria-selected={isChosen(job)} data-state={job.state}>
                <td>{amsterdamTime(job.startedAt ?? job.createdAt)}</td>
                <td>
                  {job.profileName}
                  {open.has(job.profileId) ? <span className="hint"> · {t('history.onScreen')}</span> : null}
                </td>
                <td>
                  {localized(job.title)}
                  {job.matchedLabels.length > 0 && job.matchedRows !== job.counts.total ? (
                    <span className="hint history-labels">{job.matchedLabels.join(', ')}</span>
                  ) : null}
                </td>
                <td>{words.resource(job.resource)}</td>
                <td>{t('history.rowsMatched', { matched: job.matchedRows, total: job.counts.total })}</td>
                <td>{t(`bulk.state.${job.state}`)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={`${t('history.showAudit')}: ${localized(job.title)} (${job.profileName})`}
                    onClick={() => props.onChoose({ profileId: job.profileId, jobId: job.jobId })}
                  >
                    {t('history.showAudit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
