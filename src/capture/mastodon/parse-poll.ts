/**
 * A Mastodon poll as its status shows it (poll.jsx; selectors in ./selectors.ts): each choice's label, and once
 * results show (after a vote, "See results", or when closed) its percentage and its count of votes (the
 * percentage's title, `1,204 votes`); the footer's count (`34 people`) and state (`2 days left`, `Closed`), with
 * the end time of an open poll from its `<time datetime>`. Null when the poll shows no choice it could read.
 */
import { postTime } from '../../model/post-time';
import type { PostPoll } from '../../model/types';
import { all, attr, first, readableText, squash, tag, type ElementNode } from '../tweet/node';
import { POLL_FOOTER, POLL_NUMBER, POLL_OPTION, POLL_TEXT } from './selectors';

/** `35%` to 35; undefined when it is not a percentage. */
function percentOf(text: string): number | undefined {
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(text.trim());
  const value = m ? Number(m[1]!.replace(',', '.')) : NaN;
  return value >= 0 && value <= 100 ? value : undefined;
}

/** `1,204 votes` (or `1.204 Stimmen`, `1 204 votes`) to 1204; undefined without a number. */
function votesOf(title: string): number | undefined {
  const m = /\d[\d.,\s\u00a0\u202f]*/.exec(title);
  const value = m ? Number(m[0].replace(/\D/g, '')) : NaN;
  return Number.isSafeInteger(value) ? value : undefined;
}

export function parsePoll(poll: ElementNode): PostPoll | null {
  const options: PostPoll['options'] = [];
  for (const option of all(poll, POLL_OPTION)) {
    const text = first(option, POLL_TEXT);
    const label = text ? squash(readableText(text)) : '';
    if (!label) continue;
    const number = first(option, POLL_NUMBER);
    const read: PostPoll['options'][number] = { label };
    const percent = number ? percentOf(readableText(number)) : undefined;
    if (percent !== undefined) read.percent = percent;
    const votes = number ? votesOf(attr(number, 'title')) : undefined;
    if (votes !== undefined) read.votes = votes;
    options.push(read);
  }
  if (options.length === 0) return null;
  const footer = first(poll, POLL_FOOTER);
  // The footer's words outside its buttons (Vote, See results, Refresh), in pieces between its middle dots.
  const pieces = footer
    ? squash(readableText(footer, tag('button')))
        .split('·')
        .map((piece) => piece.trim())
        .filter(Boolean)
    : [];
  const time = footer ? first(footer, tag('time')) : null;
  const ends = postTime(attr(time, 'datetime'));
  const result: PostPoll = { options, votes: pieces[0] ?? '', status: pieces.slice(1).join(' · ') };
  const results = options.some((o) => o.percent !== undefined);
  // An open poll says when it ends; a closed one says so instead, with its results; one not voted on is open.
  if (time) result.closed = false;
  else if (results && result.status) result.closed = true;
  else if (!results) result.closed = false;
  if (ends) result.ends = ends;
  return result;
}
