/**
 * The one Markdown renderer, used by the side panel, the options preview and the CLI. Pure (no browser APIs)
 * and deterministic: the same session and settings always give the same bytes. Blocks are collected in one
 * array and joined once, so the cost is linear in the size of the session.
 *
 * Shape: front matter (or a `# Title` when it is switched off), the session's introduction, then per section in
 * order a `## ` heading, the link to the talk's video, and its notes in order (sub-headings as `### `); the closing
 * remarks under their own `## ` heading; reference-style link definitions at the bottom.
 */
import type { Section, Session } from '../model/types';
import { slotWords } from '../schedule/preview';
import { watchUrl } from '../model/youtube';
import type { ExportSettings } from '../settings/settings';
import { escapeMarkdownInline, oneLine, markdownUrl } from './escape';
import { renderFrontMatter } from './front-matter';
import { Links } from './links';
import { renderNote, type NoteContext } from './notes';
import { labelSlug } from './reference-label';
import { containUserMarkdown } from './user-markdown';
import type { WriteupInput } from './writeup-input';
import { inOrder } from './in-order';

export function sectionHeading(section: Section, heading: ExportSettings['heading']): string {
  const title = oneLine(section.title) || 'Untitled';
  const speaker = oneLine(section.speaker);
  const text = heading === 'speaker-title' && speaker ? `${speaker} – ${title}` : title;
  return `## ${escapeMarkdownInline(text)}`;
}

/** The first words of the talk's title, naming its links' reference labels (`overengineering-your-personal`). */
function talkWords(section: Section): string {
  return labelSlug(section.title, 3);
}

/**
 * `[Watch the talk on YouTube](…watch?v=ID&list=L&index=N) from [Channel](url)`, or '' for a free section; without
 * the channel when `channel` is off.
 */
export function sourceLine(section: Section, links: Links, channel = true): string {
  const source = section.source;
  const url = source?.kind === 'youtube' ? watchUrl(source) : null;
  if (!source || !url) return '';
  const talk = talkWords(section);
  const watch = links.linkAs('Watch the talk on YouTube', url, talk ? `${talk}-talk` : 'talk');
  const channelName = channel ? oneLine(source.channel ?? '') : '';
  if (!channelName) return watch;
  const channelUrl = markdownUrl(source.channelUrl);
  const name = escapeMarkdownInline(channelName);
  return `${watch} from ${channelUrl ? links.link(name, channelUrl) : name}`;
}

/** The closing remarks, under `## Heading` when the user named one. */
function closingBlocks(session: Session): string[] {
  const closing = containUserMarkdown(session.closing ?? '');
  if (!closing) return [];
  const heading = escapeMarkdownInline(oneLine(session.closingHeading ?? ''));
  return heading ? [`## ${heading}`, closing] : [closing];
}

/**
 * A talk from the schedule: `Saal 1 · Sat 28 Mar 10:00`, its schedule page linked while no video is, and marked when
 * cancelled; '' for other sections.
 */
export function scheduleLine(section: Section, links: Links): string {
  const talk = section.schedule;
  if (!talk) return '';
  const parts = [
    talk.status === 'cancelled' ? 'Cancelled' : '',
    oneLine(talk.room),
    slotWords(talk.start, talk.timeZone),
  ]
    .filter(Boolean)
    .map(escapeMarkdownInline);
  const page = markdownUrl(talk.url);
  if (page && !section.source) parts.push(links.link('The talk on the schedule', page));
  return parts.join(' · ');
}

/**
 * The session's writeup. `images` (from imageFiles) says where each snapshot's image is beside the Markdown; without
 * it, snapshots follow `settings.images`.
 */
export function renderWriteup(
  contents: WriteupInput,
  settings: ExportSettings,
  images?: ReadonlyMap<string, string>,
): string {
  const { session } = contents;
  const links = new Links(settings.links, session.labels);
  const ctx: NoteContext = { settings, links, talk: '', ...(images ? { images } : {}) };
  const blocks: string[] = [];
  if (!settings.frontMatter) {
    blocks.push(`# ${escapeMarkdownInline(oneLine(session.title) || 'Untitled')}`);
    const description = containUserMarkdown(session.description);
    if (description) blocks.push(description);
  }
  const intro = containUserMarkdown(session.intro ?? '');
  if (intro) blocks.push(intro);
  const sections = inOrder(contents.sections);
  for (const section of sections) {
    blocks.push(sectionHeading(section, settings.heading));
    ctx.talk = talkWords(section);
    ctx.section = section;
    const source = sourceLine(section, links, settings.channel);
    if (source) blocks.push(source);
    const scheduled = scheduleLine(section, links);
    if (scheduled) blocks.push(scheduled);
    const notes = inOrder(contents.notesBySection.get(section.id) ?? []);
    for (const note of notes) blocks.push(...renderNote(note, ctx));
  }
  blocks.push(...closingBlocks(session));
  const definitions = links.definitions();
  if (definitions) blocks.push(definitions);
  const body = blocks.join('\n\n') + '\n';
  return settings.frontMatter ? `${renderFrontMatter(session)}\n${body}` : body;
}
