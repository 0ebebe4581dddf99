/**
 * A search as the user types: the background answers each query (the index is there); only the newest answer is
 * shown, and a query typed while one is under way waits for it and replaces any other waiting. Results stay
 * current: a change the background announces runs the query again, so a note added meanwhile appears in them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResults } from '../search/results';
import { errorText, type PageDeps } from './page-deps';

export interface SearchState {
  input: string;
  results: SearchResults | null;
  /** The input the results (or the error) answer; it trails `input` while the next answer is on its way. */
  answered: string;
  error: string;
  busy: boolean;
}

const IDLE: SearchState = { input: '', results: null, answered: '', error: '', busy: false };
/** Changes that can alter what a query finds (the selection or the context tab cannot). */
const CONTENT_CHANGES = /^(note|section|session|schedule\/imported|restored|reset)/;

export function useSearch(deps: Pick<PageDeps, 'ask' | 'announcements'>, limit = 50) {
  const [state, setState] = useState<SearchState>(IDLE);
  const wanted = useRef('');
  const running = useRef(false);
  /** A change was announced since the query now shown (or under way) was sent: ask again. */
  const stale = useRef(false);

  async function run(): Promise<void> {
    if (running.current) return;
    running.current = true;
    try {
      for (let sent: string | null = null; sent !== wanted.current || stale.current;) {
        sent = wanted.current;
        stale.current = false;
        const query = sent;
        if (query.trim() === '') {
          setState((s) => ({ ...s, results: null, answered: query, error: '', busy: false }));
          continue;
        }
        setState((s) => ({ ...s, busy: true }));
        const answer = await deps.ask('search/query', { query, limit }).catch((error: unknown) => ({
          error: `Searching failed: ${errorText(error)}`,
        }));
        if (query !== wanted.current) continue;
        // Shown even when stale: the loop asks again at once, and the list does not flash empty meanwhile.
        setState((s) =>
          'error' in answer
            ? { ...s, answered: query, error: answer.error, busy: false }
            : { ...s, results: answer, answered: query, error: '', busy: false },
        );
      }
    } finally {
      running.current = false;
    }
  }

  const search = (input: string) => {
    wanted.current = input;
    setState((s) => ({ ...s, input }));
    void run();
  };

  useEffect(
    () =>
      deps.announcements.subscribe(({ change }) => {
        if (wanted.current.trim() === '' || !CONTENT_CHANGES.test(change.kind)) return;
        stale.current = true;
        void run();
      }),
    [deps.announcements],
  );

  return { ...state, search, clear: () => search('') };
}
