/** Media, cards, polls, quotes and X Article previews for the held-out X pages (see x-markup.ts). */
import { sp } from './x-markup';

const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const wrap = (inner: string) =>
  `<div class="css-175oi2r r-9aw3ui r-1s2bzr4"><div class="css-175oi2r r-9aw3ui">${inner}</div></div>`;

/** Photos as X lays them out (a grid of links to each photo's page); `loaded: false` leaves the frame empty. */
export function photos(path: string, list: { src: string; alt?: string; loaded?: boolean }[]): string {
  return wrap(
    `<div class="css-175oi2r r-1867qdf r-1phboty r-rs99b7 r-1s2bzr4"><div class="css-175oi2r r-16y2uox r-1pi2tsx r-13qz1uu">${list.map((p, i) => `<div class="css-175oi2r r-18u37iz r-1pi2tsx"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1ny4l3l"><a href="${path}/photo/${i + 1}" role="link" class="css-175oi2r r-1pi2tsx r-1ny4l3l r-1loqt21"><div class="css-175oi2r r-1adg3ll r-1udh08x"><div class="r-1adg3ll r-13qz1uu" style="padding-bottom: 56.25%;"></div><div class="r-1p0dtai r-1pi2tsx r-u8s1d r-1ny4l3l"><div aria-label="${e(p.alt ?? 'Image')}" class="css-175oi2r r-1mlwlqe r-1udh08x r-417010 r-1p0dtai" data-testid="tweetPhoto">${p.loaded === false ? '<div class="css-175oi2r r-1niwhzg r-vvn4in"></div>' : `<div class="css-175oi2r r-1niwhzg r-vvn4in r-u6sd8q" style="background-image: url(&quot;${e(p.src)}&quot;);"></div><img alt="${e(p.alt ?? 'Image')}" draggable="true" src="${e(p.src)}" class="css-9pa8cd">`}</div></div></div></a></div></div>`).join('')}</div></div>`,
  );
}

export function video(poster: string, duration: string): string {
  return wrap(
    `<div class="css-175oi2r r-1ets6dv r-1phboty"><div class="css-175oi2r" data-testid="videoPlayer"><div class="css-175oi2r r-1p0dtai"><div data-testid="placementTracking"><div class="css-175oi2r r-1awozwy" data-testid="videoComponent"><div class="css-175oi2r"><video preload="none" tabindex="-1" playsinline aria-label="Embedded video" poster="${e(poster)}" style="width: 100%; height: 100%;"><source type="video/mp4" src="blob:https://x.com/9a1d"></video></div></div></div></div><div class="css-175oi2r r-1awozwy r-k200y r-z2wwpe r-z80fyv"><div dir="ltr" class="css-146c3p1 r-bcqeeo">${sp(duration)}</div></div></div></div>`,
  );
}

/** A large card of 2024: image with the domain over it, the title only in the label, "From …" under the card. */
export function largeCard(href: string, image: string, domain: string, title: string, from = 'From'): string {
  return wrap(
    `<div class="css-175oi2r r-1ets6dv r-1phboty r-rs99b7" data-testid="card.wrapper"><div class="css-175oi2r" data-testid="card.layoutLarge.media"><a href="${e(href)}" rel="noopener noreferrer nofollow" target="_blank" role="link" aria-label="${e(domain)} ${e(title)}" class="css-175oi2r r-1loqt21"><div class="css-175oi2r r-1adg3ll"><img alt="" draggable="true" src="${e(image)}" class="css-9pa8cd"></div><div class="css-175oi2r r-1awozwy r-k200y r-z2wwpe"><span class="css-1jxf684">${e(domain)}</span></div></a></div></div><a href="${e(href)}" rel="noopener noreferrer nofollow" target="_blank" role="link" class="css-146c3p1 r-1loqt21"><span class="css-1jxf684">${from} ${e(domain)}</span></a>`,
  );
}

export function smallCard(href: string, image: string, lines: string[]): string {
  const line = (s: string) => `<div dir="auto" class="css-146c3p1 r-bcqeeo r-1ttztb7">${sp(s)}</div>`;
  return wrap(
    `<div class="css-175oi2r r-1ets6dv r-1phboty r-rs99b7" data-testid="card.wrapper"><div class="css-175oi2r r-18u37iz"><a href="${e(href)}" role="link" class="css-175oi2r r-1loqt21"><div class="css-175oi2r" data-testid="card.layoutSmall.media"><img alt="" src="${e(image)}" class="css-9pa8cd"></div></a><div class="css-175oi2r r-16y2uox r-1wbh5a2" data-testid="card.layoutSmall.detail"><a href="${e(href)}" role="link" class="css-175oi2r r-1loqt21">${lines.map(line).join('')}</a></div></div></div>`,
  );
}

/** A poll with results: the choice and its share on one row, the footer "N votes · status" in one line. */
export function pollResults(rows: [string, string][], footer: string): string {
  return wrap(
    `<div class="css-175oi2r r-1ets6dv" data-testid="card.wrapper"><div class="css-175oi2r r-1udh08x" data-testid="cardPoll"><div class="css-175oi2r"><ul role="list" class="css-175oi2r">${rows.map(([label, pct]) => `<li role="listitem" class="css-175oi2r r-1mmae3n"><div class="css-175oi2r r-1867qdf" style="width: ${pct.replace(/[^\d.,]/g, '').replace(',', '.')}%"></div><div class="css-175oi2r r-18u37iz r-1wtj0ep r-1mmae3n"><div class="css-175oi2r r-1awozwy r-18u37iz"><div dir="auto" class="css-146c3p1 r-b88u0q">${sp(label)}</div></div><div dir="ltr" class="css-146c3p1 r-bcqeeo">${sp(pct)}</div></div></li>`).join('')}</ul></div><div class="css-175oi2r r-1wbh5a2 r-18u37iz"><div dir="ltr" class="css-146c3p1 r-bcqeeo">${sp(footer)}</div></div></div></div>`,
  );
}

export function pollOpen(choices: string[], votes: string, left: string): string {
  return wrap(
    `<div class="css-175oi2r r-1ets6dv" data-testid="card.wrapper"><div class="css-175oi2r" data-testid="cardPoll"><div role="radiogroup" class="css-175oi2r">${choices.map((label, i) => `<div role="radio" aria-checked="false" aria-posinset="${i + 1}" aria-setsize="${choices.length}" tabindex="0" class="css-175oi2r r-1loqt21"><div dir="ltr" class="css-146c3p1 r-b88u0q r-1w6e6rj">${sp(label)}</div></div>`).join('')}</div><div class="css-175oi2r r-18u37iz"><span class="css-1jxf684">${e(votes)}</span><span aria-hidden="true" class="css-1jxf684">·</span><span class="css-1jxf684">${e(left)}</span></div></div></div>`,
  );
}

/** A quoted tweet as X shows it: its header with a time that is not a link, its text, maybe its photo's link. */
export function quote(q: {
  handle: string;
  name: string;
  time: string;
  lang?: string;
  text: string;
  photo?: { id: string; src: string };
}): string {
  return wrap(
    `<div aria-labelledby="id__q${q.handle}" class="css-175oi2r r-adacv r-1udh08x r-1ets6dv r-1867qdf r-rs99b7 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" tabindex="0" role="link"><div class="css-175oi2r r-eqz5dr r-jusfrs r-1s2bzr4"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs" data-testid="User-Name"><div class="css-175oi2r r-1awozwy r-18u37iz"><div class="css-175oi2r r-1awozwy r-18u37iz r-dnmrzs"><div dir="ltr" class="css-146c3p1 r-b88u0q"><span class="css-1jxf684">${sp(q.name)}</span></div></div><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1ez5h0i"><div dir="ltr" tabindex="-1" class="css-146c3p1 r-dnmrzs">${sp(`@${q.handle}`)}</div><div dir="ltr" aria-hidden="true" class="css-146c3p1">${sp('·')}</div><div class="css-175oi2r r-18u37iz r-1q142lx"><time datetime="${q.time}">Sep 17</time></div></div></div></div></div><div class="css-175oi2r r-6gpygo r-jusfrs"><div dir="auto" lang="${q.lang ?? 'en'}" class="css-146c3p1 r-8akbws r-krxsd3" data-testid="tweetText">${sp(q.text)}</div></div>${q.photo ? `<div class="css-175oi2r r-1udh08x"><a href="/${q.handle}/status/${q.photo.id}/photo/1" role="link" class="css-175oi2r r-1loqt21"><div aria-label="Image" class="css-175oi2r" data-testid="tweetPhoto"><img alt="Image" draggable="true" src="${e(q.photo.src)}" class="css-9pa8cd"></div></a></div>` : ''}</div>`,
  );
}

/** An X Article in a timeline: its cover, title and the first lines, as one link to the article. */
export function articlePreview(path: string, cover: string, title: string, lead: string): string {
  return wrap(
    `<div class="css-175oi2r r-1ets6dv r-1phboty r-rs99b7"><a href="${path}/article/1" role="link" class="css-175oi2r r-1loqt21"><div class="css-175oi2r r-1adg3ll"><div class="css-175oi2r" data-testid="article-cover-image"><div class="css-175oi2r r-1p0dtai" style="background-image: url(&quot;${e(cover)}&quot;);"></div><img alt="" draggable="true" src="${e(cover)}" class="css-9pa8cd"></div></div><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"><div dir="ltr" class="css-146c3p1 r-b88u0q r-1inkyih">${sp(title)}</div><div dir="auto" class="css-146c3p1 r-bcqeeo r-1udh08x">${sp(lead)}</div></div></a></div>`,
  );
}

/** A Community Note under a tweet: not the tweet's text. */
export function communityNote(textLine: string): string {
  return `<div class="css-175oi2r r-1kqtdi0" data-testid="birdwatch-pivot"><div dir="ltr" class="css-146c3p1">${sp('Readers added context')}</div><div dir="ltr" class="css-146c3p1">${sp(textLine)}</div></div>`;
}
