/**
 * A poll in words, as every rendering of a post shows it (the panel's card, the embed markup, the Markdown quote):
 * each choice with its percentage and, when the page showed it, its votes (`Undo everything: 80% (1,204 votes)`),
 * then the count and the state. An open poll's state as shown ("2 days left") is only true on the day it was
 * clipped: with its end time known, it reads `open until September 20, 2025` instead.
 */
import { postDate } from './post-time';
import type { PostPoll } from './types';

const count = (n: number, one: string, other: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : other}`;

export function pollOptionText(option: PostPoll['options'][number]): string {
  if (option.percent === undefined) return option.label;
  const votes = option.votes === undefined ? '' : ` (${count(option.votes, 'vote', 'votes')})`;
  return `${option.label}: ${option.percent}%${votes}`;
}

export function pollFooter(poll: PostPoll): string {
  const until = poll.closed === false && poll.ends ? postDate(poll.ends) : '';
  const state = until ? `open until ${until}` : poll.status;
  return [poll.votes, state].filter(Boolean).join(' · ');
}
