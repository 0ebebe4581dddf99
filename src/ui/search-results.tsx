/**
 * Search results grouped by session and section, the matched words in <mark>: the marks are ranges computed by
 * the search (src/search/highlight.ts), rendered as text nodes, so a note's own markup stays text.
 */
import type { ComponentChildren } from 'preact';
import type { Highlighted } from '../search/highlight';
import type { SearchHit, SearchResults } from '../search/results';
import { formatTimestamp } from '../model/timestamp';

export interface OpenTarget {
  sessionId: string;
  sectionId: string;
  noteId: string | null;
}

/** Each hit and matched section in the order listed, as the keyboard walks them. */
export function resultTargets(results: SearchResults): OpenTarget[] {
  return results.groups.flatMap((session) =>
    session.sections.flatMap((section) => [
      ...(section.matched ? [{ sessionId: session.sessionId, sectionId: section.sectionId, noteId: null }] : []),
      ...section.hits.map((hit) => ({
        sessionId: session.sessionId,
        sectionId: section.sectionId,
        noteId: hit.noteId,
      })),
    ]),
  );
}

export const optionId = (target: OpenTarget) => `search-hit-${target.noteId ?? `section-${target.sectionId}`}`;

export function Marked({ value }: { value: Highlighted }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={start}>{value.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(value.text.slice(at));
  return <>{parts}</>;
}

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function when(hit: SearchHit): string {
  if (hit.at) return formatTimestamp(hit.at.seconds);
  if (hit.clock) return clockFormat.format(hit.clock.at);
  return '';
}

interface Props {
  results: SearchResults;
  active: OpenTarget | null;
  onOpen: (target: OpenTarget) => void;
}

export function SearchResultList({ results, active, onOpen }: Props) {
  const activeId = active ? optionId(active) : null;
  const option = (target: OpenTarget, body: ComponentChildren, className: string) => (
    <div
      key={optionId(target)}
      id={optionId(target)}
      role="option"
      class={className}
      aria-selected={activeId === optionId(target)}
      // The input keeps the focus (the list follows aria-activedescendant): a click must not take it first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(target)}
    >
      {body}
    </div>
  );
  return (
    <div id="search-results" role="listbox" aria-label="Search results" class="search-results">
      {results.groups.map((session) => (
        <div key={session.sessionId} role="group" aria-labelledby={`search-session-${session.sessionId}`}>
          <div role="presentation" id={`search-session-${session.sessionId}`} class="search-session-title">
            {session.title}
          </div>
          {session.sections.map((section) => {
            const target = { sessionId: session.sessionId, sectionId: section.sectionId, noteId: null };
            const title = section.matched ? (
              option(
                target,
                <>
                  <Marked value={section.title} />
                  {section.who.text && (
                    <span class="search-who">
                      {' · '}
                      <Marked value={section.who} />
                    </span>
                  )}
                </>,
                'search-section-title search-hit',
              )
            ) : (
              <div key={section.sectionId} role="presentation" class="search-section-title">
                {section.title.text}
              </div>
            );
            return [
              title,
              ...section.hits.map((hit) =>
                option(
                  { ...target, noteId: hit.noteId },
                  <>
                    {when(hit) && <span class="search-when">{when(hit)}</span>}
                    {hit.who.text && (
                      <span class="search-who">
                        <Marked value={hit.who} />:{' '}
                      </span>
                    )}
                    <Marked value={hit.text} />
                  </>,
                  'search-hit',
                ),
              ),
            ];
          })}
        </div>
      ))}
    </div>
  );
}
