// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { readTweet, showTweets } from '../../../support/fixtures/x/read';
import type { TweetSpec } from '../../../support/fixtures/x/tweet-html';
import * as fx from '../../../support/fixtures/x/tweets';
import { isPromoted, tweetId } from './permalink';

const BASE = 'https://x.com/search?q=%23FjordOps';
const article = (spec: TweetSpec) => spec;
const parseTweet = (spec: TweetSpec, base: string) => readTweet(spec, base);
const live = (spec: TweetSpec) => showTweets([spec])[0]!;

describe('parseTweet', () => {
  test('text with line breaks, hashtag, mention, emoji and a shortened link', () => {
    expect(parseTweet(article(fx.plain), BASE)).toEqual({
      network: 'x',
      id: '1840000000000000001',
      url: 'https://x.com/ada_builds/status/1840000000000000001',
      authorName: 'Ada Lindqvist 🚀',
      handle: 'ada_builds',
      time: '2025-09-18T09:12:30.000Z',
      lang: 'en',
      media: [],
      parts: [
        { type: 'text', text: 'Keynote at ' },
        { type: 'hashtag', text: '#FjordOps', tag: 'FjordOps' },
        { type: 'text', text: ' by ' },
        { type: 'mention', text: '@kestrel_ops', handle: 'kestrel_ops' },
        { type: 'text', text: ': "deploy on Fridays, but only with undo" ' },
        { type: 'emoji', text: '😄' },
        { type: 'text', text: '\n\nSlides: ' },
        {
          type: 'url',
          text: 'slides.example.org/fjordops-2025/…',
          href: 'https://t.co/Ab12Cd34Ef',
          expanded: 'https://slides.example.org/fjordops-2025/keynote-undo-everything',
        },
      ],
    });
  });

  test('photos at full size with their alt text; the default "Image" alt is dropped', () => {
    expect(parseTweet(article(fx.photos), BASE)!.media).toEqual([
      {
        type: 'photo',
        url: 'https://pbs.twimg.com/media/GXa1b2c3d4e5f6g?format=jpg&name=orig',
        alt: 'A crowded hallway with whiteboards',
      },
      { type: 'photo', url: 'https://pbs.twimg.com/media/GXa1b2c3d4e5f6h?format=png&name=orig' },
    ]);
  });

  test('a media-only tweet is complete with no parts', () => {
    const t = parseTweet(article(fx.mediaOnly), BASE)!;
    expect(t.parts).toEqual([]);
    expect(t.media).toHaveLength(1);
    expect(t.incomplete).toBeUndefined();
    expect(t.lang).toBe('');
  });

  test('a quoted tweet is read on its own and kept out of the quoting text', () => {
    const t = parseTweet(article(fx.quoting), BASE)!;
    expect(t.parts.map((p) => p.text).join('')).toBe('To be fair, the undo button took us three years 🙃');
    expect(t.handle).toBe('kestrel_ops');
    expect(t.incomplete).toBeUndefined();
    expect(t.quoted).toMatchObject({
      id: '',
      url: '',
      authorName: 'Ada Lindqvist 🚀',
      handle: 'ada_builds',
      time: '2025-09-18T09:12:30.000Z',
      incomplete: true,
    });
    expect(t.quoted!.missing).toBeUndefined();
    expect(t.quoted!.parts.map((p) => p.text).join('')).toContain('deploy on Fridays');
  });

  test('hostile text and names stay literal; a cashtag is recognised', () => {
    const t = parseTweet(article(fx.hostile), BASE)!;
    expect(t.authorName).toBe('<b>Noor</b> & "co"');
    expect(t.parts).toEqual([
      {
        type: 'text',
        text: '<script>alert(1)</script></blockquote><p>**not bold** [click](javascript:alert(1)) _x_ # h\n---\n| a | b |\n',
      },
      { type: 'cashtag', text: '$FJRD', symbol: 'FJRD' },
      { type: 'text', text: ' up 3% & `rm -rf`' },
    ]);
  });

  test('right-to-left text keeps its language and a non-Latin hashtag', () => {
    const t = parseTweet(article(fx.rtl), BASE)!;
    expect(t.lang).toBe('ar');
    expect(t.authorName).toBe('ليلى');
    expect(t.parts[1]).toEqual({ type: 'hashtag', text: '#فيوردأوبس', tag: 'فيوردأوبس' });
  });

  test('emoji ZWJ sequences come through whole, in the name and the text', () => {
    const t = parseTweet(article(fx.zwj), BASE)!;
    expect(t.authorName).toBe('Sam 👩🏽‍💻 🏳️‍🌈');
    expect(t.parts.filter((p) => p.type === 'emoji').map((p) => p.text)).toEqual(['👨‍👩‍👧‍👦', '🧑🏾‍🤝‍🧑🏻']);
  });

  test('a truncated long tweet ("Show more") is marked incomplete, its text missing', () => {
    expect(parseTweet(article(fx.long), BASE)).toMatchObject({ incomplete: true, missing: ['text'] });
  });

  test('video poster and link card', () => {
    expect(parseTweet(article(fx.videoCard), BASE)!.media).toEqual([
      {
        type: 'video',
        url: 'https://x.com/kestrel_ops/status/1840000000000000009',
        duration: '12:04',
        poster: 'https://pbs.twimg.com/ext_tw_video_thumb/1840000000000000009/pu/img/panelThumb.jpg',
      },
      {
        type: 'card',
        url: 'https://t.co/Zz99Yy88Xx',
        image: 'https://pbs.twimg.com/card_img/1840/abcd?format=jpg&name=medium',
        domain: 'fjordops.example',
        title: 'FjordOps 2025: all recordings',
      },
    ]);
  });

  test('the status page layout (time under the text) reads the same', () => {
    const t = parseTweet(article({ ...fx.plain, focal: true }), 'https://x.com/ada_builds/status/1840000000000000001')!;
    expect(t.id).toBe('1840000000000000001');
    expect(t.time).toBe('2025-09-18T09:12:30.000Z');
    expect(t.incomplete).toBeUndefined();
  });
});

describe('bad situations', () => {
  test('no permalink: null (no button)', () => {
    const unlink = (a: Element) => a.querySelector('time')!.closest('a')!.removeAttribute('href');
    expect(readTweet(fx.plain, BASE, unlink)).toBeNull();
    const a = live(fx.plain);
    unlink(a);
    expect(tweetId(a, BASE)).toBeNull();
  });

  test('missing name block: handle from the permalink, marked incomplete', () => {
    const t = readTweet(fx.plain, BASE, (a) => {
      a.prepend(a.querySelector('time')!.closest('a')!);
      a.querySelector('[data-testid="User-Name"]')!.remove();
    })!;
    expect(t).toMatchObject({
      id: '1840000000000000001',
      handle: 'ada_builds',
      authorName: '',
      incomplete: true,
      missing: ['author'],
    });
    expect(t.parts.length).toBeGreaterThan(0);
  });

  test('missing text and media: incomplete, never garbage', () => {
    const t = readTweet(fx.plain, BASE, (a) => a.querySelector('[data-testid="tweetText"]')!.remove());
    expect(t).toMatchObject({ parts: [], media: [], incomplete: true, missing: ['text'] });
  });

  test('javascript: and other non-http links become plain text', () => {
    const parts = readTweet(fx.plain, BASE, (a) => {
      a.querySelector('a[href^="https://t.co"]')!.setAttribute('href', 'javascript:alert(1)');
    })!.parts;
    expect(parts.some((p) => p.type === 'url')).toBe(false);
    expect(parts.map((p) => p.text).join('')).toContain(
      'https://slides.example.org/fjordops-2025/keynote-undo-everything',
    );
  });

  test('bad time and language attributes are dropped', () => {
    const t = readTweet(fx.plain, BASE, (a) => {
      a.querySelector('time')!.setAttribute('datetime', 'yesterday');
      a.querySelector('[data-testid="tweetText"]')!.setAttribute('lang', '"><script>');
    });
    expect(t).toMatchObject({ time: '', lang: '', incomplete: true, missing: ['time'] });
  });
});

describe('isPromoted', () => {
  test.each(['label', 'wrapper', 'both'] as const)('an ad marked by %s', (mark) => {
    expect(isPromoted(live({ ...fx.ad, ad: mark }))).toBe(true);
  });

  test.each(fx.adsAbroad.map((a) => [a.lang, a] as const))(
    'an ad labelled in %s, by its shape not its word',
    (_lang, ad) => {
      expect(isPromoted(live(ad))).toBe(true);
    },
  );

  test('ordinary tweets, with a video (whose player X also wraps in placementTracking) and "Ad" in the text', () => {
    expect(isPromoted(live(fx.videoCard))).toBe(false);
    expect(isPromoted(live({ ...fx.plain, text: ['Ad'], name: ['Promoted'] }))).toBe(false);
    expect(isPromoted(live({ ...fx.plain, focal: true }))).toBe(false);
    expect(isPromoted(live(fx.quoting))).toBe(false);
  });
});
