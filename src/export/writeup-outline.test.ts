// A session built with a real conference writeup's structure exports that structure: front matter with extra
// fields, the introduction, free sections, every playlist talk in playlist order (some only a watch link),
// sub-sections, quotes with attribution and time, page clips, an embed, the closing remarks and named references.
// The rendered files are golden (test/golden/writeup/); the outline is read back by commonmark.js.
import { Parser, type Node } from 'commonmark';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SETTINGS, type ExportSettings } from '../settings/settings';
import { WRITEUP_LIST, writeupContents, writeupTalks } from '../../test/golden/writeup-session';
import { renderWriteup } from './writeup';

const DIR = path.resolve(import.meta.dirname, '../../test/golden/writeup');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const REFERENCE: ExportSettings = { ...DEFAULT_SETTINGS.export, links: 'reference', channel: false };

function golden(file: string, actual: string): void {
  const target = path.join(DIR, file);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(target, actual);
  }
  if (!existsSync(target)) throw new Error(`${target} is missing: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(target, 'utf8'));
}

function textOf(node: Node): string {
  let out = '';
  const walker = node.walker();
  for (let e = walker.next(); e; e = walker.next()) if (e.entering && e.node.literal) out += e.node.literal;
  return out;
}

/** The writeup's outline: headings, quotes (with their attribution line), embeds and the watch links. */
function outline(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const doc = new Parser().parse(body);
  const items: string[] = [];
  for (let node = doc.firstChild; node; node = node.next) {
    if (node.type === 'heading') items.push(`${'#'.repeat(node.level)} ${textOf(node)}`);
    else if (node.type === 'block_quote') items.push(`> ${textOf(node.lastChild!)}`);
    else if (node.type === 'html_block' && node.literal?.includes('twitter-tweet')) items.push('embed');
    else if (node.type === 'paragraph' && textOf(node).startsWith('Watch the talk on YouTube'))
      items.push(`watch ${node.firstChild?.destination ?? ''}`);
  }
  return items;
}

const watch = (i: number) =>
  `watch https://www.youtube.com/watch?v=${writeupTalks[i]!.videoId}&list=${WRITEUP_LIST}&index=${i + 1}`;

describe('a writeup with the structure of a real one', () => {
  const markdown = renderWriteup(writeupContents(), REFERENCE);

  it('renders as reviewed, with named references and without the channel link', () => {
    golden('named-references.md', markdown);
    golden('inline-with-channel.md', renderWriteup(writeupContents(), DEFAULT_SETTINGS.export));
  });

  it('has the outline of the reference: intro, free sections, all talks in playlist order, sub-sections, closing', () => {
    expect(outline(markdown)).toEqual([
      '## Accessibility',
      '## Hallway Track',
      '## Empathy as an Operating Model',
      watch(0),
      'embed',
      '> — Ines Varga, 21:52',
      '## Guarding Forty Cloud Accounts',
      watch(1),
      '> — Kofi Mensah, 4:05',
      '### Provider Checks',
      '### Lockstep',
      '### General notes',
      '## Calm Incidents',
      watch(2),
      '## Shell Scripts Deserve Tests',
      watch(3),
      '## A Monolith, Well Kept',
      watch(4),
      '> — Well-kept monoliths are fine',
      '## Closing Remarks',
    ]);
  });

  it('starts with the front matter (extra fields kept) and the two-paragraph introduction', () => {
    const [, yaml, rest] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
    expect(parse(yaml!)).toMatchObject({
      title: 'Quayside Ops Days 2019',
      image: '/img/quayside-2019.png',
      license_prose: 'CC-BY-NC-SA-4.0',
      license_code: 'Apache-2.0',
    });
    const doc = new Parser().parse(rest!);
    expect(doc.firstChild?.type).toBe('paragraph');
    expect(doc.firstChild?.next?.type).toBe('paragraph');
    expect(doc.firstChild?.next?.next?.type).toBe('heading');
  });

  it('names every reference, the renamed one as the user named it', () => {
    const definitions = markdown.split('\n').filter((l) => /^\[[^\]]+\]: /.test(l));
    expect(definitions.length).toBeGreaterThan(10);
    for (const line of definitions) expect(line).not.toMatch(/^\[\d+\]:/);
    expect(definitions).toContain('[lockstep-tool]: https://example.org/tools/lockstep');
    expect(definitions).toContain('[account-checker]: https://example.org/tools/account-checker');
    expect(definitions).toContain(
      `[guarding-forty-cloud-talk]: https://www.youtube.com/watch?v=QsOps19v002&list=${WRITEUP_LIST}&index=2`,
    );
    // Every `[text][label]` in the body resolves: commonmark.js turns each into a link.
    const doc = new Parser().parse(markdown);
    const walker = doc.walker();
    let unresolved = 0;
    for (let e = walker.next(); e; e = walker.next())
      if (e.entering && e.node.type === 'text' && /\]\[[a-z0-9_-]+\]/.test(e.node.literal ?? '')) unresolved++;
    expect(unresolved).toBe(0);
  });
});
