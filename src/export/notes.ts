/**
 * One note as Markdown blocks (the writeup joins blocks with blank lines). The user's own text (text notes,
 * comments) passes through as Markdown, contained by `containUserMarkdown`; everything captured (quotes, page
 * titles and selections, tweets) is escaped.
 */
import type { Moment, Note, PageNote, QuoteNote, Section, TextNote, PostNote } from '../model/types';
import { videoMomentOf } from '../schedule/clock';
import { clockLabelOf } from '../schedule/section-talk';
import type { ExportSettings } from '../settings/settings';
import { escapeMarkdownInline, escapeMarkdownLines, oneLine, markdownUrl } from './escape';
import type { Links } from './links';
import { formatTimestamp } from '../model/timestamp';
import { watchUrl } from '../model/youtube';
import { weaveLink } from './page-clip';
import { renderPostEmbed } from './post-embed';
import { renderTweetQuote } from './tweet-quote';
import { containUserMarkdown } from './user-markdown';

export interface NoteContext {
  settings: ExportSettings;
  links: Links;
  /** A slug of the first words of the section's title, for reference labels of its timestamps (`fargate-why`). */
  talk: string;
  /** The note's section: a note taken in the room reads its moment in the linked recording, else `+12:05`. */
  section?: Pick<Section, 'source' | 'schedule'>;
  /** Where each snapshot's image is beside the Markdown (a zip, the CLI's --out), by image id; absent: no files. */
  images?: ReadonlyMap<string, string>;
}

/** The moment as `[4:05](…&t=245s)`, `4:05`, or '' per the timestamps setting. */
export function timeLabel(at: Moment | undefined, ctx: NoteContext): string {
  if (!at || ctx.settings.timestamps === 'off') return '';
  const label = formatTimestamp(at.seconds);
  const url = ctx.settings.timestamps === 'linked' ? watchUrl({ videoId: at.videoId }, at.seconds) : null;
  if (!url) return label;
  const time = label.replace(/:/g, '-');
  return ctx.links.linkAs(label, url, ctx.talk ? `${ctx.talk}-${time}` : time);
}

/**
 * A text or quote note's time: its video moment, else (taken in the room) its moment in the section's aligned
 * recording as a timestamp like any other, else its time into the talk (`+12:05`, never a link), per the setting.
 */
function noteTime(note: TextNote | QuoteNote, ctx: NoteContext): string {
  const at = note.at ?? (ctx.section ? videoMomentOf(note, ctx.section) : null) ?? undefined;
  if (at || ctx.settings.timestamps === 'off') return timeLabel(at, ctx);
  return (ctx.section && clockLabelOf(note, ctx.section)) ?? '';
}

function quoted(lines: string[]): string {
  return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

/** `— Who, [4:05](…)` or `— [Page title](url)`: the attribution line inside a quote; '' when there is nothing. */
function attribution(who: string, url: string | null, time: string, ctx: NoteContext): string {
  const name = who ? escapeMarkdownInline(oneLine(who)) : '';
  const source = url ? ctx.links.link(name || escapeMarkdownInline(url), url) : name;
  const parts = [source, time].filter(Boolean);
  return parts.length > 0 ? `— ${parts.join(', ')}` : '';
}

function quoteNote(note: QuoteNote, ctx: NoteContext): string[] {
  const lines = escapeMarkdownLines(note.text);
  const by = attribution(note.cite, markdownUrl(note.url), noteTime(note, ctx), ctx);
  if (by) lines.push(...(lines.length > 0 ? ['', by] : [by]));
  return lines.length > 0 ? [quoted(lines)] : [];
}

function pageNote(note: PageNote, ctx: NoteContext): string[] {
  const blocks: string[] = [];
  const comment = containUserMarkdown(note.comment);
  const url = markdownUrl(note.url);
  const lines = escapeMarkdownLines(note.selection);
  // A clip of the page itself: its comment and link make one sentence where they can.
  const woven = comment && url && lines.length === 0 ? weaveLink(comment, note.title, url, ctx.links) : null;
  if (woven) return woven;
  if (comment) blocks.push(comment);
  const by = attribution(note.title, url, '', ctx);
  if (lines.length > 0) blocks.push(quoted(by ? [...lines, '', by] : lines));
  else if (by) blocks.push(by.slice(2)); // the link alone, without the quote's dash
  return blocks;
}

function tweetNote(note: PostNote, ctx: NoteContext): string[] {
  const comment = containUserMarkdown(note.comment);
  const tweet = ctx.settings.tweets === 'embed' ? renderPostEmbed(note.post) : renderTweetQuote(note.post, ctx.links);
  return comment ? [comment, ...tweet] : tweet;
}

/**
 * A snapshot: `![Caption](images/talk-12-34.webp)` with its time on the next line where the image goes with the
 * writeup; else, per the setting, a link to the moment it shows (`[Caption](…&t=754s)`), or its caption alone.
 */
function snapshotNote(note: TextNote, ctx: NoteContext): string[] | null {
  if (!note.image) return null;
  const at = note.at ?? (ctx.section ? videoMomentOf(note, ctx.section) : null) ?? undefined;
  const caption = oneLine(note.text);
  const alt = escapeMarkdownInline(caption || (at ? `Slide at ${formatTimestamp(at.seconds)}` : 'Slide'));
  const path = ctx.images?.get(note.image.id);
  const time = noteTime(note, ctx);
  if (path) return [time ? `![${alt}](${path})\n${time}` : `![${alt}](${path})`];
  const moment = at && ctx.settings.images === 'moment' ? watchUrl({ videoId: at.videoId }, at.seconds) : null;
  if (moment) return [ctx.links.link(alt, moment)];
  return null;
}

export function renderNote(note: Note, ctx: NoteContext): string[] {
  switch (note.kind) {
    case 'text': {
      const snapshot = snapshotNote(note, ctx);
      if (snapshot) return snapshot;
      const time = noteTime(note, ctx);
      const text = containUserMarkdown(note.text);
      const block = time && text ? `${time} ${text}` : time || text;
      return block ? [block] : [];
    }
    case 'quote':
      return quoteNote(note, ctx);
    case 'page':
      return pageNote(note, ctx);
    case 'post':
      return tweetNote(note, ctx);
    case 'heading': {
      const text = escapeMarkdownInline(oneLine(note.text));
      return text ? [`### ${text}`] : [];
    }
  }
}
