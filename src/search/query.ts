/**
 * The search language, parsed into what the index needs:
 * - words, all required, the last one matched as a prefix while the user is still typing it;
 * - `"exact phrase"`: its words in that order;
 * - filters: `session:<words of its title>`, `from:@handle` (any network's: `from:@alice.bsky.social`), `has:post`
 *   (and by network `has:tweet`, `has:bluesky`, `has:mastodon`), `has:timestamp`, `has:image` (a snapshot).
 * Anything else is words (`https://…`, `10:30`): a query is never refused; an unknown `has:` is reported so the
 * panel can say which ones there are.
 */
import { fold, handleTerm, termsOf } from './fold';

export type HasFilter = 'post' | 'tweet' | 'bluesky' | 'mastodon' | 'timestamp' | 'image';
export const HAS: readonly HasFilter[] = ['post', 'tweet', 'bluesky', 'mastodon', 'timestamp', 'image'];

export interface Query {
  /** Folded words that must all match (phrase words included), in the order typed. */
  terms: string[];
  /** True when the last term was still being typed (no space after it), so it matches as a prefix. */
  lastIsPrefix: boolean;
  /** Folded phrases, words separated by one space. */
  phrases: string[];
  /** Folded words the session's title must contain, when `session:` was given. */
  session: string[];
  /** Handles without `@`, folded; a note matches when it is from any of them. */
  from: string[];
  has: HasFilter[];
  /** `has:` filters typed but not known (`has:video`), for the panel to name. */
  unknown: string[];
}

/** A token: a quoted phrase (with an optional `name:` in front) or a run of non-space characters. */
const TOKEN = /(?:([\p{L}]+):)?"([^"]*)"?|\S+/gu;

export function parseQuery(input: string): Query {
  const query: Query = { terms: [], lastIsPrefix: false, phrases: [], session: [], from: [], has: [], unknown: [] };
  let lastWasWord = false;
  for (const match of input.matchAll(TOKEN)) {
    const [token, name, quoted] = match;
    lastWasWord = false;
    if (quoted !== undefined) {
      if (name === undefined || !filter(query, name, quoted, token)) phrase(query, quoted);
      continue;
    }
    const colon = token.indexOf(':');
    if (colon > 0 && filter(query, token.slice(0, colon), token.slice(colon + 1), token)) continue;
    const terms = termsOf(token);
    query.terms.push(...terms);
    lastWasWord = terms.length > 0;
  }
  query.lastIsPrefix = lastWasWord && !/\s$/u.test(input);
  return query;
}

function phrase(query: Query, text: string): void {
  const terms = termsOf(text);
  if (terms.length === 0) return;
  query.terms.push(...terms);
  if (terms.length > 1) query.phrases.push(terms.join(' '));
}

/** Applies a `name:value` filter; false when `name` is no filter, so the token is searched as words. */
function filter(query: Query, rawName: string, value: string, token: string): boolean {
  const name = fold(rawName);
  if (name === 'session') query.session.push(...termsOf(value));
  else if (name === 'from') query.from.push(...(handleTerm(value) ? [handleTerm(value)] : []));
  else if (name !== 'has') return false;
  else if ((HAS as readonly string[]).includes(fold(value))) query.has.push(fold(value) as HasFilter);
  else query.unknown.push(token);
  return true;
}

/** True when the query asks for nothing: the panel shows no results rather than every note. */
export function isEmptyQuery(query: Query): boolean {
  return query.terms.length === 0 && query.session.length === 0 && query.from.length === 0 && query.has.length === 0;
}
