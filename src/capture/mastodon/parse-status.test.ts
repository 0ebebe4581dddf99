// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import { statusHtml, type StatusSpec } from '../../../support/fixtures/mastodon/status-html';
import * as fx from '../../../support/fixtures/mastodon/statuses';
import { parseStatus } from './parse-status';
import { POST } from './selectors';

const base = `https://${fx.HOST}/tags/FjordOps`;
const url = (s: StatusSpec) => `https://${fx.HOST}/@${s.acct}/${s.id}`;

function parse(spec: StatusSpec, page = base) {
  document.body.innerHTML = statusHtml(spec, fx.HOST);
  const posts = document.querySelectorAll(POST);
  expect(posts).toHaveLength(1);
  return parseStatus(posts[0]!, page);
}

beforeAll(() => {
  document.documentElement.lang = 'en';
});

test('a status: author, handle on its instance, permalink, time, language, text with its hashtag, mention, cut link and custom emoji', () => {
  expect(parse(fx.plain)).toEqual({
    network: 'mastodon',
    id: fx.plain.id,
    url: url(fx.plain),
    authorName: 'Ada Builds',
    handle: 'ada@mastodon.social',
    time: '2025-09-18T09:12:30.000Z',
    lang: 'en',
    media: [],
    parts: [
      { type: 'text', text: 'Undo everything, then ship ' },
      { type: 'hashtag', text: '#FjordOps', tag: 'FjordOps' },
      { type: 'text', text: ' with ' },
      { type: 'mention', text: '@bob', handle: 'bob@fosstodon.org' },
      { type: 'text', text: '\n\nSlides: ' },
      {
        type: 'url',
        text: 'slides.example.org/fjordops-20…',
        href: 'https://slides.example.org/fjordops-2025/undo-everything-deck',
        expanded: 'https://slides.example.org/fjordops-2025/undo-everything-deck',
      },
      { type: 'text', text: ' ' },
      { type: 'emoji', text: ':blobcat:' },
    ],
  });
});

test('photos with their alt text, at full size', () => {
  expect(parse(fx.photos)?.media).toEqual([
    { type: 'photo', url: fx.photos.photos![0]!.full, alt: 'A dark stage, one spotlight on the lectern' },
    { type: 'photo', url: fx.photos.photos![1]!.full, alt: 'The hall filling up' },
  ]);
});

test('a content warning is kept with the text it hid; collapsed, the text is named missing', () => {
  const shown = parse(fx.warned)!;
  expect(shown.warning).toBe('Spoilers: the keynote demo');
  expect(shown.handle).toBe('cleo@hachyderm.io');
  expect(shown.parts).toEqual([{ type: 'text', text: 'The demo deletes prod and brings it back in 4 seconds' }]);
  expect(shown.incomplete).toBeUndefined();
  const hidden = parse(fx.collapsed)!;
  expect(hidden.warning).toBe('Food talk');
  expect(hidden.parts).toEqual([]);
  expect(hidden).toMatchObject({ incomplete: true, missing: ['text'] });
});

test('a quote post: the quoted post read apart, its text not mixed into the quoting one', () => {
  const post = parse(fx.quoting)!;
  expect(post.parts).toEqual([{ type: 'text', text: 'This, all day' }]);
  expect(post.quoted).toMatchObject({
    network: 'mastodon',
    id: fx.quoted.id,
    url: url(fx.quoted),
    authorName: 'Bob',
    handle: 'bob@fosstodon.org',
    time: fx.quoted.time,
    parts: [{ type: 'text', text: 'Rollbacks are a feature' }],
  });
});

test('right-to-left text keeps its language and words; a display name with custom emoji keeps them as shortcodes', () => {
  expect(parse(fx.rtl)).toMatchObject({ authorName: 'ليلى', lang: 'ar' });
  expect(parse(fx.rtl)!.parts[0]).toEqual({ type: 'text', text: 'مرحبا بالجميع في المؤتمر ' });
  expect(parse(fx.emojiName)).toMatchObject({ authorName: 'Dana :verified: Ops', handle: 'dana@mas.to' });
});

test('a link card: its link, image, host, title and description', () => {
  expect(parse(fx.card)!.media).toEqual([
    {
      type: 'card',
      url: 'https://blog.example.org/undo',
      image: 'https://files.mastodon.social/cache/preview_cards/undo.png',
      domain: 'blog.example.org',
      title: 'Undo everything',
      description: 'How we made every deploy reversible',
    },
  ]);
});

test('a boost is the boosted post, by its author', () => {
  expect(parse(fx.boosted)).toMatchObject({ handle: 'bob@fosstodon.org', authorName: 'Bob', id: fx.boosted.id });
});

test('hostile text stays text', () => {
  const post = parse(fx.hostile)!;
  expect(post.authorName).toBe('<img src=x onerror=alert(1)>');
  expect(post.parts).toEqual([
    { type: 'text', text: '<script>alert(1)</script> **bold** [x](javascript:alert(1)) </blockquote>' },
  ]);
});

describe("a status page's post", () => {
  test('dated by its id (the page shows the date in words), with the handle on its instance', () => {
    const page = `https://${fx.HOST}/@kestrel/${fx.threadHead.id}`;
    expect(parse({ ...fx.threadHead, detailed: true }, page)).toEqual({
      network: 'mastodon',
      id: fx.threadHead.id,
      url: page,
      authorName: 'Kestrel',
      handle: 'kestrel@mastodon.social',
      time: '2025-09-18T11:00:00.000Z',
      lang: 'en',
      media: [],
      parts: [{ type: 'text', text: 'A thread on rollbacks 🧵 1/3' }],
    });
  });
});

test('a status without a permalink on this instance is not a post', () => {
  document.body.innerHTML = statusHtml(fx.plain, fx.HOST).replace(
    /href="\/@ada\/\d+"/,
    'href="https://evil.example/@ada/1"',
  );
  expect(parseStatus(document.querySelector(POST)!, base)).toBeNull();
});

test('a closed poll: each choice with its percentage and votes, the count, "Closed"; the text beside it', () => {
  const post = parse(fx.closedPoll)!;
  expect(post.poll).toEqual({
    options: [
      { label: 'Undo everything', percent: 80, votes: 1204 },
      { label: 'Rollbacks <that> work', percent: 20, votes: 301 },
      { label: 'Herring & ops', percent: 0, votes: 0 },
    ],
    votes: '1,505 votes',
    status: 'Closed',
    closed: true,
  });
  expect(post.parts.map((p) => p.text).join('')).toBe('Which talk was the best of the morning? #FjordOps');
  expect(post.incomplete).toBeUndefined();
});

test('an open poll before a vote: the choices only, the people counted, open until its end time', () => {
  expect(parse(fx.openPoll)!.poll).toEqual({
    options: [{ label: 'Feature flags' }, { label: 'Migrations' }],
    votes: '25 people',
    status: '2 days left',
    closed: false,
    ends: '2025-09-20T09:45:00.000Z',
  });
});

test('a poll whose choices cannot be read is named missing', () => {
  document.body.innerHTML = statusHtml(fx.closedPoll, fx.HOST);
  for (const text of document.querySelectorAll('.poll__option__text')) text.remove();
  const post = parseStatus(document.querySelector(POST)!, base)!;
  expect(post.poll).toBeUndefined();
  expect(post).toMatchObject({ incomplete: true, missing: ['poll'] });
});
