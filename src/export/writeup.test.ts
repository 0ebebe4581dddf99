// @vitest-environment jsdom
// The writeup under every option combination, with hostile captured strings everywhere, read back by commonmark.js
// (and the tweet embeds by jsdom's HTML parser): captured text stays text, only our links are links.
import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import type { Note, Section, Post } from '../model/types';
import type { ExportSettings } from '../settings/settings';
import type { WriteupInput } from './writeup-input';
import { HOSTILE } from '../../test/golden/hostile-strings';
import { sampleContents } from './sample-session';
import { renderWriteup } from './writeup';

const clean = (s: string) => s.replace(/(?![\t\n])\p{Cc}/gu, '');
const oneLine = (s: string) => clean(s).replace(/\s+/g, ' ').trim();
const T = 1_700_000_000_000;
const base = (id: string, sectionId: string, order: number) => ({
  id,
  sessionId: 'h',
  sectionId,
  order,
  createdAt: T,
  updatedAt: T,
});

function hostileTweet(text: string, i: number): Post {
  return {
    network: 'x',
    id: String(1000 + i),
    url: 'javascript:alert(1)',
    authorName: text,
    handle: 'h_andle',
    time: '2024-02-29T23:59:59Z',
    lang: i % 2 ? 'ar' : '',
    media: [{ type: 'photo', url: 'javascript:alert(2)', alt: text }],
    parts: [
      { type: 'text', text },
      { type: 'url', text: '[x](javascript:y)', href: 'javascript:alert(3)' },
      { type: 'mention', text: '@<b>', handle: '<b>' },
      { type: 'hashtag', text: '#a"b', tag: 'a"b' },
    ],
  };
}

function hostileSession(): WriteupInput {
  const sections: Section[] = HOSTILE.map((text, i) => ({
    id: `s${i}`,
    sessionId: 'h',
    title: text,
    speaker: HOSTILE[(i + 1) % HOSTILE.length] as string,
    order: HOSTILE.length - i,
    createdAt: T,
    updatedAt: T,
    source: {
      kind: 'youtube',
      videoId: 'abcdefghijk',
      list: 'PL<x>',
      channel: text,
      channelUrl: 'javascript:alert(1)',
    },
  }));
  const notesBySection = new Map<string, Note[]>();
  HOSTILE.forEach((text, i) =>
    notesBySection.set(`s${i}`, [
      {
        ...base(`q${i}`, `s${i}`, 1),
        kind: 'quote',
        text,
        cite: text,
        url: 'javascript:x',
        at: { videoId: 'abcdefghijk', seconds: i },
      },
      {
        ...base(`p${i}`, `s${i}`, 2),
        kind: 'page',
        url: 'https://e.com/<x>',
        title: text,
        selection: text,
        comment: '',
      },
      { ...base(`t${i}`, `s${i}`, 3), kind: 'post', post: hostileTweet(text, i), comment: '' },
      { ...base(`h${i}`, `s${i}`, 4), kind: 'heading', text },
    ]),
  );
  const session = {
    id: 'h',
    title: HOSTILE.join(' '),
    date: '',
    description: '',
    tags: [],
    categories: [],
    fields: {},
    closing: 'Thanks.',
    closingHeading: HOSTILE.join(' '),
    // Labels the user typed are slugged: whatever they hold, a label stays a label.
    labels: Object.fromEntries(HOSTILE.map((text, i) => [`https://e.com/${i}`, text])),
    createdAt: T,
    updatedAt: T,
  };
  return { session, sections, notesBySection };
}

const combos: ExportSettings[] = [];
for (const tweets of ['embed', 'quote'] as const)
  for (const timestamps of ['linked', 'plain', 'off'] as const)
    for (const links of ['inline', 'reference'] as const)
      for (const heading of ['title', 'speaker-title'] as const)
        combos.push({ tweets, timestamps, links, heading, frontMatter: false, channel: true, images: 'moment' });

const label = (s: ExportSettings) => `${s.tweets}/${s.timestamps}/${s.links}/${s.heading}`;

function textOf(node: Node): string {
  let out = '';
  const w = node.walker();
  for (let ev = w.next(); ev; ev = w.next()) {
    if (!ev.entering) continue;
    if (ev.node.type === 'text') out += ev.node.literal ?? '';
    else if (ev.node.type === 'linebreak' || ev.node.type === 'softbreak') out += '\n';
  }
  return out;
}

describe('renderWriteup with hostile captured strings', () => {
  it.each(combos.map((c) => [label(c), c] as const))('%s: everything captured renders literally', (_, settings) => {
    const contents = hostileSession();
    const md = renderWriteup(contents, settings);
    const doc = new Parser().parse(md);
    const allowed = new Set([
      'document',
      'heading',
      'paragraph',
      'text',
      'link',
      'block_quote',
      'linebreak',
      'softbreak',
    ]);
    if (settings.tweets === 'embed') allowed.add('html_block');
    const headings: string[] = [];
    const texts: string[] = [];
    const w = doc.walker();
    for (let ev = w.next(); ev; ev = w.next()) {
      if (!ev.entering) continue;
      const node = ev.node;
      expect(allowed, `unexpected ${node.type}`).toContain(node.type);
      if (node.type === 'heading') headings.push(`${node.level} ${textOf(node)}`);
      if (node.type === 'paragraph') texts.push(textOf(node));
      if (node.type === 'link')
        expect(node.destination).toMatch(/^https:\/\/(www\.youtube\.com|twitter\.com|e\.com)\//);
      if (node.type === 'html_block') checkEmbed(node.literal ?? '');
    }
    const sorted = [...contents.sections].sort((a, b) => a.order - b.order);
    const hostileAt = (id: string) => HOSTILE[Number(id.slice(1))] as string;
    expect(headings).toEqual([
      `1 ${oneLine(contents.session.title)}`,
      ...sorted.flatMap((s) => [
        `2 ${settings.heading === 'speaker-title' ? `${oneLine(s.speaker)} – ${oneLine(s.title)}` : oneLine(s.title)}`,
        ...(oneLine(hostileAt(s.id)) ? [`3 ${oneLine(hostileAt(s.id))}`] : []),
      ]),
      `2 ${oneLine(HOSTILE.join(' '))}`,
    ]);
    const all = texts.join('\n');
    for (const h of HOSTILE) for (const line of clean(h).split('\n')) expect(all).toContain(line.trim());
  });

  it('is deterministic and keeps the sections and notes in their order', () => {
    const a = renderWriteup(hostileSession(), combos[0] as ExportSettings);
    expect(renderWriteup(hostileSession(), combos[0] as ExportSettings)).toBe(a);
    const sample = sampleContents();
    const shuffled = { ...sample, sections: [...sample.sections].reverse() };
    const settings = { ...(combos[0] as ExportSettings), frontMatter: true };
    expect(renderWriteup(shuffled, settings)).toBe(renderWriteup(sample, settings));
  });
});

function checkEmbed(html: string): void {
  expect(html.split('\n').filter(Boolean)).toHaveLength(1);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const quote = doc.querySelector('blockquote.twitter-tweet');
  expect(quote).not.toBeNull();
  expect(doc.body.children).toHaveLength(1);
  expect(doc.querySelectorAll('script, img, iframe, b, [onerror], [onclick]')).toHaveLength(0);
  for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\/twitter\.com\//);
  const p = quote?.querySelector('p');
  expect(['ltr', 'rtl']).toContain(p?.getAttribute('dir'));
  expect(p?.textContent).toMatch(/\[x\]\(javascript:y\)@<b>#a"b$/);
}
