import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResult } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { amsterdamTime } from '../overview/amsterdam-time.ts';
import { locale } from '../i18n/index.ts';
import { describeError, noc } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { isResourceViewId } from '../views/resource-views.ts';

/** Once typing pauses this long, the platform is asked for what the cache lacks (online only). */
const FILL_AFTER_MS = 400;

/**
 * The one search in the header (Ctrl+K, "Search everywhere"): every cached row that refers to what was typed, grouped
 * by resource; when online and typing pauses, what the platform's documented filters add (the next keystroke cancels
 * that ask).
 */
export function SearchBox(): React.JSX.Element {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [askingFor, setAskingFor] = useState<string | null>(null);
  const latest = useRef(0);
  const online = useConnectionStore((state) => state.status.state === 'connected');

  // Ctrl+K is the command palette; its "Search everywhere" brings the operator here with what they typed.
  const request = useUiStore((state) => state.searchRequest);
  const [answered, setAnswered] = useState(request);
  if (request !== answered) {
    setAnswered(request);
    if (request && request.query.trim() !== '') setQuery(request.query);
    if (request) setOpen(true);
  }
  useEffect(() => {
    if (!request) return;
    input.current?.focus();
    input.current?.select();
  }, [request]);

  useEffect(() => {
    const call = ++latest.current;
    // An empty query shows no results (the panel closes), so nothing is asked.
    if (query.trim() === '') return;
    const fail = (failure: unknown): void => {
      if (call === latest.current) setError(describeError(failure));
    };
    // Answers to earlier keystrokes that arrive late are dropped.
    const show = (answer: SearchResult): void => {
      if (call !== latest.current) return;
      setResult(answer);
      setError(null);
    };
    noc.invoke('search:query', { query }).then(show).catch(fail);
    if (!online) return;
    const timer = setTimeout(() => {
      if (call !== latest.current) return;
      setAskingFor(query);
      noc
        .invoke('search:fill', { query })
        .then(show)
        // a fill cancelled because the user typed on is nobody's concern
        .catch((failure: unknown) => (call === latest.current ? fail(failure) : undefined))
        .finally(() => setAskingFor((current) => (current === query ? null : current)));
    }, FILL_AFTER_MS);
    return () => clearTimeout(timer);
  }, [query, online]);

  const choose = (hit: SearchHit): void => {
    if (hit.resource === 'customers') {
      setQuery(hit.label);
      return;
    }
    if (isResourceViewId(hit.resource)) useUiStore.getState().selectView(hit.resource, hit.iri);
    setOpen(false);
  };

  const number = new Intl.NumberFormat(locale());
  const total = result?.groups.reduce((sum, group) => sum + group.total, 0) ?? 0;
  return (
    <div
      className="search-box"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setOpen(false);
          input.current?.blur();
        }
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
      />
      {open && query.trim() !== '' ? (
        <div className="search-results" role="region" aria-label={t('search.results')}>
          <div className="search-results-head">
            {result ? (
              <span className="hint">
                {t('search.took', {
                  n: number.format(total),
                  ms: result.tookMs.toFixed(1),
                  time: result.asOf ? amsterdamTime(result.asOf) : '—',
                })}
              </span>
            ) : null}
            <span className="hint" role="status">
              {askingFor === query
                ? t('search.asking')
                : result?.platform
                  ? result.platform.failed
                    ? t(`search.platformFailed.${result.platform.failed}`)
                    : t('search.asked', { count: result.platform.requests })
                  : ''}
            </span>
            <button
              type="button"
              className="button ghost"
              aria-label={t('search.close')}
              onClick={() => setOpen(false)}
            >
              ✕
            </button>
          </div>
          {error ? <p className="form-error">{error}</p> : null}
          {result && result.groups.length === 0 ? <p className="hint">{t('search.none', { query })}</p> : null}
          {result?.groups.map((group) => (
            <section key={group.resource} aria-label={localized(group.label)} className="search-group">
              <h3>
                {localized(group.label)} <span className="count">{number.format(group.total)}</span>
              </h3>
              <ul>
                {group.hits.map((hit) => (
                  <li key={hit.iri}>
                    <button
                      type="button"
                      className="search-hit"
                      data-source={hit.via === 'platform' ? 'platform' : 'cache'}
                      onClick={() => choose(hit)}
                    >
                      <span className="hit-label">{hit.label}</span>
                      <span className="hint">
                        {hit.detail}
                        {hit.via !== 'match' ? ` · ${t(`search.via.${hit.via}`, { defaultValue: hit.via })}` : ''}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              {group.total > group.hits.length ? (
                <p className="hint">{t('search.more', { count: group.total - group.hits.length })}</p>
              ) : null}
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
