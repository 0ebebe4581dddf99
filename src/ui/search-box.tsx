/**
 * The search field and its results, for the panel and (compact) the popup: a combobox whose list follows the
 * arrow keys while the field keeps the focus; Enter opens the active result, Escape clears the search and gives
 * the focus back to where it was before the search took it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { optionId, resultTargets, SearchResultList, type OpenTarget } from './search-results';
import type { useSearch } from './use-search';
import { HAS } from '../search/query';
import './search-box.css';

interface Props {
  search: ReturnType<typeof useSearch>;
  onOpen: (target: OpenTarget) => void;
  /** Takes `/` (outside text fields) and Ctrl+K / ⌘K to focus the field: the panel's, not the popup's. */
  shortcuts?: boolean;
  compact?: boolean;
}

export function SearchBox({ search, onOpen, shortcuts = false, compact = false }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const before = useRef<HTMLElement | null>(null);
  const [active, setActive] = useState(0);
  const targets = search.results ? resultTargets(search.results) : [];
  const current = targets[Math.min(active, targets.length - 1)] ?? null;

  useEffect(() => setActive(0), [search.results?.query]);
  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  }, [current && optionId(current)]);
  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
      const wanted =
        (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
      if (!wanted || event.altKey || event.defaultPrevented) return;
      event.preventDefault();
      field.current?.focus();
      field.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shortcuts]);

  const open = (target: OpenTarget) => {
    search.clear();
    onOpen(target);
  };
  const leave = () => {
    search.clear();
    const back = before.current;
    before.current = null;
    if (back?.isConnected) back.focus();
    else field.current?.blur();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && targets.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((Math.min(active, targets.length - 1) + step + targets.length) % targets.length);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      open(current);
    }
  };

  const results = search.results;
  const shown = results ? resultTargets(results).length : 0;
  return (
    // data-results-for says which query the list shows: the benchmark times its answer by it.
    <div class={compact ? 'search compact' : 'search'} data-results-for={results ? search.answered : undefined}>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <input
          ref={field}
          type="search"
          role="combobox"
          aria-label="Search all notes"
          aria-expanded={results !== null}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current) : undefined}
          placeholder={shortcuts ? 'Search notes  ( / )' : 'Search notes'}
          value={search.input}
          onFocus={(event) => {
            const from = event.relatedTarget;
            if (from instanceof HTMLElement && from !== field.current) before.current = from;
          }}
          onInput={(event) => search.search(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </form>
      <p class="search-status" role="status" aria-busy={search.busy}>
        {search.error ||
          // The first search builds the index in the background: seconds for tens of thousands of notes.
          (search.busy && !results && 'Searching…') ||
          (results &&
            [
              results.total === 0
                ? 'Nothing found.'
                : results.total > shown
                  ? `${shown} of ${results.total} shown.`
                  : '',
              results.query.unknown.length > 0
                ? `Not a filter: ${results.query.unknown.join(', ')} (${HAS.map((has) => `has:${has}`).join(', ')}).`
                : '',
            ]
              .filter(Boolean)
              .join(' '))}
      </p>
      {results && results.total > 0 && <SearchResultList results={results} active={current} onOpen={open} />}
    </div>
  );
}
