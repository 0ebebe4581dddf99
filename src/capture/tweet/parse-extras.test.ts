// @vitest-environment jsdom
/** Cards, polls, X Articles, videos, unloaded photos, "Show more" and quotes, each from its fixture shape. */
import { describe, expect, test } from 'vitest';
import { readTweet } from '../../../support/fixtures/x/read';
import * as fx from '../../../support/fixtures/x/tweets';

const BASE = 'https://x.com/search?q=%23FjordOps';
const read = (spec: Parameters<typeof readTweet>[0], base = BASE) => readTweet(spec, base)!;
const text = (t: { parts: { text: string }[] }) => t.parts.map((p) => p.text).join('');

describe('cards', () => {
  test('domain and title as separate lines: the title without the domain, and the description', () => {
    expect(read(fx.linesCard).media).toEqual([
      {
        type: 'card',
        url: 'https://t.co/Ln30Ln30Ln',
        image: 'https://pbs.twimg.com/card_img/1841/lines?format=jpg&name=small',
        domain: 'blog.fjordops.example',
        title: 'Chaos day, a retrospective',
        description: 'What broke, what held, what we changed.',
      },
    ]);
  });

  test('a small card with its detail block', () => {
    expect(read(fx.smallCard).media).toEqual([
      {
        type: 'card',
        url: 'https://t.co/Sm31Sm31Sm',
        image: 'https://pbs.twimg.com/card_img/1842/small?format=jpg&name=240x240',
        domain: 'docs.fjordops.example',
        title: 'Runbook template',
        description: 'Copy it, fill it, keep it next to the alert.',
      },
    ]);
  });

  test('every card of a carousel, each with its own title and image', () => {
    const cards = read(fx.carousel).media;
    expect(cards.map((c) => [c.url, c.title, c.image])).toEqual(
      [1, 2, 3].map((n) => [
        `https://t.co/Cr3${n}Cr3${n}Cr`,
        ['Undo everything', 'Pager peace', 'Budgets for errors'][n - 1],
        `https://pbs.twimg.com/card_img/1843/c${n}?format=jpg&name=small`,
      ]),
    );
    expect(read(fx.carousel).incomplete).toBeUndefined();
  });

  test('a card with no link is kept, with an empty url', () => {
    expect(read(fx.linklessCard).media).toEqual([
      {
        type: 'card',
        url: '',
        image: 'https://pbs.twimg.com/card_img/1844/app?format=jpg&name=small',
        domain: 'apps.fjordops.example',
        title: 'FjordOps Schedule',
      },
    ]);
  });
});

describe('polls', () => {
  test('results: choices with percentages, the vote count and "Final results"', () => {
    expect(read(fx.pollClosed).poll).toEqual({
      options: [
        { label: 'Yes, with undo', percent: 58.3 },
        { label: 'Never', percent: 30.1 },
        { label: 'What is Friday', percent: 11.6 },
      ],
      votes: '1,204 votes',
      status: 'Final results',
    });
  });

  test('open: the choices, the votes so far and the time left', () => {
    const t = read(fx.pollOpen);
    expect(t.poll).toEqual({
      options: [{ label: 'Hallway' }, { label: 'Keynotes' }],
      votes: '87 votes',
      status: '6 hours left',
    });
    expect(t.incomplete).toBeUndefined();
  });

  test('a poll that cannot be read is named in the incomplete mark', () => {
    const t = readTweet(fx.pollClosed, BASE, (a) =>
      a.querySelectorAll('[role="listitem"]').forEach((li) => li.remove()),
    )!;
    expect(t).toMatchObject({ incomplete: true, missing: ['poll'] });
    expect(t.poll).toBeUndefined();
  });
});

describe('X Articles', () => {
  test('in a timeline: the title and the first lines, with the cover; complete without tweet text', () => {
    const t = read(fx.articlePreview);
    expect(t.article).toEqual({
      title: 'Undo is a feature',
      body: 'Every deploy should come with its way back. Here is how we built ours.',
      cover: 'https://pbs.twimg.com/media/GXart1cover?format=jpg&name=small',
    });
    expect(t.parts).toEqual([]);
    expect(t.incomplete).toBeUndefined();
  });

  test('on its own page: the title and the whole text, paragraph by paragraph', () => {
    const t = read(fx.articlePage, `https://x.com/ada_builds/status/${fx.articlePage.id}`);
    expect(t.article).toMatchObject({
      title: 'Undo is a feature',
      body: 'Every deploy should come with its way back. Here is how we built ours.\n\nIt started with a bad Friday.',
    });
  });

  test('an article whose title cannot be read is marked incomplete, naming it', () => {
    const t = readTweet(fx.articlePreview, BASE, (a) =>
      a.querySelectorAll('[data-testid="article-cover-image"] ~ div').forEach((d) => d.remove()),
    )!;
    expect(t).toMatchObject({ incomplete: true, missing: ['article'] });
  });
});

describe('media', () => {
  test('a video shown as a photo block (poster "Embedded video", play button, duration) is a video', () => {
    expect(read(fx.videoAsPhoto).media).toEqual([
      {
        type: 'video',
        url: `https://x.com/fjordops/status/${fx.videoAsPhoto.id}`,
        duration: '0:30',
        poster: 'https://pbs.twimg.com/amplify_video_thumb/1840000000000000039/img/close.jpg',
      },
    ]);
  });

  test('a photo not loaded yet is kept as its page on X, and named in the incomplete mark', () => {
    const t = read(fx.unloadedPhoto);
    expect(t.media).toEqual([
      {
        type: 'photo',
        url: `https://x.com/mira_sre/status/${fx.unloadedPhoto.id}/photo/1`,
        alt: 'A whiteboard',
        unloaded: true,
      },
    ]);
    expect(t).toMatchObject({ incomplete: true, missing: ['photo'] });
  });
});

describe('text and quotes', () => {
  test.each([
    ['a link', fx.showMoreLink],
    ['a span', fx.showMoreSpan],
  ])('"Show more" inside the text as %s is not text', (_how, spec) => {
    const t = read(spec);
    expect(text(t)).not.toContain('Show more');
    expect(text(t)).toMatch(/part one of many\.$/);
    expect(t).toMatchObject({ incomplete: true, missing: ['text'] });
  });

  test("a quote without a time link gets its id from its photo's link", () => {
    const t = read(fx.quotingPhoto);
    expect(t.quoted).toMatchObject({
      id: fx.photos.id,
      url: `https://x.com/mira_sre/status/${fx.photos.id}`,
      handle: 'mira_sre',
      authorName: 'Mira Okafor',
    });
    expect(t.quoted!.incomplete).toBeUndefined();
    expect(t.quoted!.media).toHaveLength(2);
    expect(t.media).toEqual([]);
  });
});
