/**
 * Two more held-out X pages: a 2022-style timeline (an inline "Show more" link inside the text, a video shown as
 * a photo block with its poster, play button and length, a GIF, an ad labelled under the tweet, a right-to-left
 * tweet) and an X Article's own page. Expected fields written by hand, as in x-pages.ts.
 */
import { cell, emoji, page, sp, tag, tco, text, type Head } from './x-markup';
import { quote } from './x-blocks';
import type { HeldOutPage } from './x-pages';

const T = '2022-11-03T';
const h = (id: string, handle: string, name: string, time: string, more: Partial<Head> = {}): Head => ({
  id: `15880000000000${id}`,
  handle,
  name,
  time: `${T}${time}.000Z`,
  ...more,
});
const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const media = (inner: string) => `<div class="css-1dbjc4n r-1ssbvtb r-1s2bzr4">${inner}</div>`;

/** 2022: a video before it plays is a photo block: poster image "Embedded video", a play button, the length. */
const videoAsPhoto = (poster: string, length: string) =>
  media(
    `<div class="css-1dbjc4n r-1867qdf r-1phboty"><div aria-label="Embedded video" class="css-1dbjc4n r-1p0dtai r-1mlwlqe" data-testid="tweetPhoto"><div class="css-1dbjc4n r-1niwhzg" style="background-image: url(&quot;${e(poster)}&quot;);"></div><img alt="Embedded video" draggable="true" src="${e(poster)}" class="css-9pa8cd"><div class="css-1dbjc4n r-1awozwy"><div aria-label="Play" role="button" tabindex="0" class="css-18t94o4 css-1dbjc4n r-1loqt21" data-testid="playButton"><svg viewBox="0 0 60 61" aria-hidden="true"><g><path d="M0 0"></path></g></svg></div></div><div class="css-1dbjc4n r-1awozwy r-k200y"><div dir="auto" class="css-901oao r-jwli3a">${sp(length)}</div></div></div></div>`,
  );

const gif = (poster: string) =>
  media(
    `<div class="css-1dbjc4n r-1867qdf"><div class="css-1dbjc4n" data-testid="videoPlayer"><div class="css-1dbjc4n" data-testid="videoComponent"><video preload="auto" playsinline aria-label="Embedded video" poster="${e(poster)}" loop muted style="width: 100%;"><source type="video/mp4" src="https://video.twimg.com/tweet_video/HdGif01.mp4"></video></div><div class="css-1dbjc4n r-1awozwy"><div dir="auto" class="css-901oao">${sp('GIF')}</div></div></div></div>`,
  );

/** 2021-22 ads: no time in the header; "Promoted" with an icon under the tweet. */
const promotedFooter = `<div class="css-1dbjc4n r-1awozwy r-18u37iz"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M19 1"></path></g></svg><div dir="auto" class="css-901oao">${sp('Promoted')}</div></div>`;

const older = (() => {
  const a = h('0501', 'kestrel_ops', 'Kestrel', '14:00:00');
  const b = h('0502', 'fjordops', 'FjordOps', '14:05:00');
  const c = h('0503', 'sam_pairs', 'Sam', '14:10:00');
  const ad = h('0504', 'bigcloud', 'BigCloud', '14:00:00', { when: { ad: '' } });
  const d = h('0505', 'layla_cloud', 'ليلى', '14:20:00', { lang: 'ar' });
  const longText =
    'Postmortem notes, part 1: the alert fired, the runbook was right, and still nobody acted for forty minutes, because';
  return {
    name: 'x/timeline 2022 (en UI)',
    url: 'https://twitter.com/home',
    html: page('en', 'Home / Twitter', [
      cell(
        a,
        text(
          a,
          `${sp(longText)}${sp('…')} <a href="/kestrel_ops/status/${a.id}" dir="ltr" role="link" class="css-4rbku5 css-18t94o4 css-901oao">Show more</a>`,
        ),
      ),
      cell(
        b,
        text(b, sp('The closing keynote in 90 seconds')) +
          videoAsPhoto('https://pbs.twimg.com/amplify_video_thumb/1588000000000000502/img/close.jpg', '1:30'),
      ),
      cell(
        c,
        text(c, `${sp('Me when the rollback works ')}${emoji('😅', 'Grinning face with sweat')}`) +
          gif('https://pbs.twimg.com/tweet_video_thumb/HdGif01.jpg'),
      ),
      cell(ad, text(ad, sp('Scale without the pager.')) + promotedFooter),
      cell(
        d,
        text(
          d,
          `${sp('شرائح المحاضرة هنا ')}${tco('LyAr0505', 'https://layla.example.net/slides', 'layla.example.net/slides')}${sp(' ')}${tag('فيوردأوبس')}`,
        ) +
          quote({
            handle: 'fjordops',
            name: 'FjordOps',
            time: `${T}13:00:00.000Z`,
            lang: 'en',
            text: 'Slides from every talk are linked on the schedule.',
          }),
      ),
    ]),
    expected: [
      { id: a.id, author: 'Kestrel', handle: 'kestrel_ops', time: a.time, text: longText, links: [], media: [] },
      {
        id: b.id,
        author: 'FjordOps',
        handle: 'fjordops',
        time: b.time,
        text: 'The closing keynote in 90 seconds',
        links: [],
        media: [`video https://x.com/fjordops/status/${b.id}`],
      },
      {
        id: c.id,
        author: 'Sam',
        handle: 'sam_pairs',
        time: c.time,
        text: 'Me when the rollback works 😅',
        links: [],
        media: [`video https://x.com/sam_pairs/status/${c.id}`],
      },
      { id: ad.id, ad: true },
      {
        id: d.id,
        author: 'ليلى',
        handle: 'layla_cloud',
        time: d.time,
        text: 'شرائح المحاضرة هنا layla.example.net/slides #فيوردأوبس',
        links: ['https://layla.example.net/slides'],
        media: [],
        quote: 'fjordops  Slides from every talk are linked on the schedule.',
      },
    ],
  } satisfies HeldOutPage;
})();

/** An X Article's own page: the title, the cover and the rich text (Draft.js blocks), no tweet text. */
const articlePage = (() => {
  const a = h('0601', 'ada_builds', 'Ada Lindqvist', '16:00:00', { when: 'focal' });
  const blocks = ['Every deploy should come with its way back.', 'We learnt it on a Friday.', 'Here is what we built.'];
  const body = `<div class="css-175oi2r r-1mmae3n"><div class="css-175oi2r" data-testid="article-cover-image"><img alt="" src="https://pbs.twimg.com/media/HdArtCover?format=jpg&amp;name=large" class="css-9pa8cd"></div><div dir="auto" class="css-146c3p1 r-b88u0q r-1b43r93" data-testid="twitter-article-title">Undo is a feature</div><div class="css-175oi2r" data-testid="twitterArticleRichTextView"><div class="css-175oi2r" data-testid="longformRichTextComponent"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="false" role="textbox" spellcheck="false"><div data-contents="true">${blocks.map((b, i) => `<div class="longform-unstyled" data-block="true" data-editor="ed1" data-offset-key="k${i}-0-0"><div data-offset-key="k${i}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="k${i}-0-0"><span data-text="true">${e(b)}</span></span></div></div>`).join('')}</div></div></div></div></div></div></div>`;
  return {
    name: 'x/article page (en UI)',
    url: `https://x.com/ada_builds/status/${a.id}`,
    html: page('en', 'Undo is a feature / X', [cell(a, body)]),
    expected: [
      {
        id: a.id,
        author: 'Ada Lindqvist',
        handle: 'ada_builds',
        time: a.time,
        text: '',
        links: [],
        media: [],
        article: 'Undo is a feature',
      },
    ],
  } satisfies HeldOutPage;
})();

export const OLDER_X_PAGES: HeldOutPage[] = [older, articlePage];
