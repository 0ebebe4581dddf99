/** Photos, videos, cards, polls and X Articles in both tweet renderings. */
import { describe, expect, it } from 'vitest';
import type { Post } from '../model/types';
import { Links } from './links';
import { tweetEmbedBlock } from './tweet-embed';
import { renderTweetQuote } from './tweet-quote';

const base: Post = {
  network: 'x',
  id: '1840000000000000002',
  url: 'https://x.com/mira_sre/status/1840000000000000002',
  authorName: 'Mira Okafor',
  handle: 'mira_sre',
  time: '2025-09-18T10:05:00.000Z',
  lang: 'en',
  parts: [{ type: 'text', text: 'The hallway track' }],
  media: [],
};
const photoTweet: Post = {
  ...base,
  media: [
    { type: 'photo', url: 'https://pbs.twimg.com/media/GXa1?format=jpg&name=orig', alt: 'A hallway' },
    {
      type: 'video',
      url: base.url,
      poster: 'https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/v.jpg',
      duration: '0:42',
    },
    { type: 'card', url: 'https://t.co/Card1', title: 'Recordings', domain: 'fjordops.example' },
  ],
};
const quote = (t: Post) => renderTweetQuote(t, new Links('inline')).join('\n\n');

describe('photos, videos and cards', () => {
  it("the embed markup links them in the text, as Twitter's embeds link a photo", () => {
    expect(tweetEmbedBlock(photoTweet)).toContain(
      '<p lang="en" dir="ltr">The hallway track ' +
        '<a href="https://pbs.twimg.com/media/GXa1?format=jpg&amp;name=orig">Photo: A hallway</a> ' +
        '<a href="https://x.com/mira_sre/status/1840000000000000002">Video (0:42)</a> ' +
        '<a href="https://t.co/Card1">Recordings</a></p>',
    );
  });

  it('the quote rendering gives each as a Markdown link', () => {
    const md = quote(photoTweet);
    expect(md).toContain('> [Photo: A hallway](https://pbs.twimg.com/media/GXa1?format=jpg&name=orig)');
    expect(md).toContain('> [Video \\(0:42\\)](https://x.com/mira_sre/status/1840000000000000002)');
    expect(md).toContain('> [Recordings](https://t.co/Card1)');
  });

  it('a card the text already links is not repeated; a card without a link is not a link', () => {
    const linked: Post = {
      ...base,
      parts: [{ type: 'url', text: 'fjordops.example', href: 'https://t.co/Card1' }],
      media: [photoTweet.media[2]!],
    };
    expect(tweetEmbedBlock(linked).match(/t\.co\/Card1/g)).toHaveLength(1);
    expect(quote({ ...base, media: [{ type: 'card', url: '', title: 'App' }] })).not.toContain('App');
  });
});

describe('polls and articles', () => {
  const poll: Post = {
    ...base,
    poll: {
      options: [
        { label: 'Yes', percent: 58.3 },
        { label: '<No>', percent: 41.7 },
      ],
      votes: '1,204 votes',
      status: 'Final results',
    },
  };
  const article: Post = {
    ...base,
    parts: [],
    article: { title: 'Undo is a *feature*', body: 'First paragraph.\n\nSecond one.' },
  };

  it('a poll is a list with its percentages, then the votes and status', () => {
    expect(tweetEmbedBlock(poll)).toContain(
      '</p><ul><li>Yes: 58.3%</li><li>&lt;No&gt;: 41.7%</li></ul><p>1,204 votes · Final results</p>&mdash;',
    );
    expect(quote(poll)).toContain('> - Yes: 58.3%\n> - \\<No\\>: 41.7%\n>\n> 1,204 votes · Final results');
  });

  it('an article is its title linked, with its first paragraph only', () => {
    expect(tweetEmbedBlock(article)).toContain(
      `<p><a href="${base.url}">Undo is a *feature*</a><br>First paragraph.</p>`,
    );
    const md = quote(article);
    expect(md).toContain(`> **[Undo is a \\*feature\\*](${base.url})**\n>\n> First paragraph.`);
    expect(md).not.toContain('Second one');
  });

  it('an incomplete tweet says what is missing', () => {
    const t: Post = { ...base, incomplete: true, missing: ['poll'] };
    expect(tweetEmbedBlock(t)).toContain('<p><em>(Incomplete when clipped: poll not read.)</em></p>');
    expect(quote(t)).toContain('*\\(Incomplete when clipped: poll not read.\\)*');
  });
});
