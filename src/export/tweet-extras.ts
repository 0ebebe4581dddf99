/**
 * What both tweet renderings show besides the text: the media as links (photos and videos to where they are seen,
 * cards to where they point, unless the text already links there), a poll as its choices with percentages, an
 * X Article as its title with its first paragraph, and the "incomplete" mark naming what is missing. Plain values
 * here; each rendering escapes them its own way.
 */
import { pollFooter, pollOptionText } from '../model/poll';
import type { Post, PostMedia } from '../model/types';
import { markdownUrl } from './escape';

export interface MediaLink {
  label: string;
  href: string;
}

function mediaLabel(m: PostMedia): string {
  if (m.type === 'card') return m.title || m.domain || 'Link';
  const what = m.type === 'video' ? `Video${m.duration ? ` (${m.duration})` : ''}` : 'Photo';
  return `${what}${m.alt ? `: ${m.alt}` : ''}${m.unloaded ? ' (not loaded when clipped)' : ''}`;
}

/** Whether the tweet's text already links to `url` (a card then adds nothing). */
function textLinks(tweet: Post, url: string): boolean {
  return tweet.parts.some((p) => p.type === 'url' && (p.href === url || p.expanded === url));
}

export function mediaLinks(tweet: Post): MediaLink[] {
  const out: MediaLink[] = [];
  for (const m of tweet.media) {
    if (m.type === 'card' && textLinks(tweet, m.url)) continue;
    const href = markdownUrl(m.url);
    if (href) out.push({ label: mediaLabel(m), href });
  }
  return out;
}

/** `Yes: 60%` (with `(12 votes)` where the page showed them), one per choice; then `1,204 votes · Final results`. */
export function pollLines(tweet: Post): { options: string[]; footer: string } | null {
  if (!tweet.poll) return null;
  return { options: tweet.poll.options.map(pollOptionText), footer: pollFooter(tweet.poll) };
}

export function articleLead(tweet: Post): { title: string; href: string | null; lead: string } | null {
  if (!tweet.article) return null;
  return {
    title: tweet.article.title,
    href: markdownUrl(tweet.url),
    lead: tweet.article.body.split(/\n\s*\n/)[0]?.trim() ?? '',
  };
}

/** `Incomplete: the poll could not be read.` style note, or '' for a complete tweet. */
export function incompleteNote(tweet: Post): string {
  if (!tweet.incomplete) return '';
  const parts = tweet.missing ?? [];
  return parts.length > 0 ? `(Incomplete when clipped: ${parts.join(', ')} not read.)` : '';
}
