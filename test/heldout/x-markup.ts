/**
 * Markup for the held-out X pages, written apart from support/fixtures/x (and never through it) in the shapes found
 * in saved X pages of 2022-2026: social-context lines ("reposted", "Replying to"), names split over nested spans,
 * time links labelled with the full date, view counts with an analytics link, translate buttons, Community Notes,
 * ads labelled in the interface's language where the time would be. Only the content is ours.
 */
const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const c = 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3';
export const sp = (s: string) => `<span class="${c}">${e(s)}</span>`;
export const emoji = (ch: string, name: string) =>
  `<img alt="${e(ch)}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/${[...ch].map((x) => x.codePointAt(0)!.toString(16)).join('-')}.svg" title="${e(name)}" class="r-4qtqp9 r-dflpy8 r-k4bwe5 r-1kpi4qh r-pp5qcn r-h9hxbl">`;
export const tco = (tcoId: string, full: string, shown: string) => {
  const [, scheme, rest] = /^(https?:\/\/)(.*)$/.exec(full)!;
  const vis = shown.replace(/…$/, '');
  return `<a dir="ltr" href="https://t.co/${tcoId}" rel="noopener noreferrer nofollow" target="_blank" role="link" class="${c} r-1loqt21"><span aria-hidden="true" class="${c} r-qlhcfr">${e(scheme!)}</span>${e(vis)}<span aria-hidden="true" class="${c} r-qlhcfr">${e(rest!.slice(vis.length))}</span>${shown.endsWith('…') ? `<span aria-hidden="true" class="${c} r-qlhcfr">…</span>` : ''}</a>`;
};
export const at = (h: string) =>
  `<div class="css-175oi2r r-xoduu5"><span class="r-18u37iz"><a dir="ltr" href="/${h}" role="link" class="${c} r-1loqt21">@${h}</a></span></div>`;
export const tag = (t: string) =>
  `<span class="r-18u37iz"><a dir="ltr" href="/hashtag/${encodeURIComponent(t)}?src=hashtag_click" role="link" class="${c} r-1loqt21">#${e(t)}</a></span>`;
export const cash = (t: string) =>
  `<span class="r-18u37iz"><a dir="ltr" href="/search?q=%24${t}&amp;src=cashtag_click" role="link" class="${c} r-1loqt21">$${t}</a></span>`;

export interface Head {
  id: string;
  handle: string;
  name: string;
  time: string;
  lang?: string;
  /** The time as a link (timelines), under the text (a status page's tweet), or an ad's label instead. */
  when?: { ad: string } | 'focal';
  context?: string;
  replyingTo?: string;
}

function header(h: Head): string {
  const when =
    typeof h.when === 'object'
      ? `<div class="css-175oi2r r-1awozwy r-18u37iz r-1cmwbt1"><span class="${c}">${e(h.when.ad)}</span></div>`
      : h.when === 'focal'
        ? ''
        : `<div class="css-175oi2r r-18u37iz r-1q142lx"><a href="/${h.handle}/status/${h.id}" dir="ltr" aria-label="${e(h.time)}" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21"><time datetime="${h.time}">Sep 18</time></a></div>`;
  return `<div class="css-175oi2r r-zl2h9q"><div class="css-175oi2r r-k4xj1c r-18u37iz r-1wtj0ep"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l" id="id__u${h.id}" data-testid="User-Name"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${h.handle}" role="link" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div class="css-175oi2r r-1awozwy r-18u37iz r-dnmrzs"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-1udh08x r-3s2u2q"><span class="${c} r-dnmrzs r-1udh08x r-3s2u2q r-1ttztb7 r-qvutc0 r-poiln3 r-bcqeeo"><span class="${c}">${h.name}</span></span></div><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7"><span class="${c} r-xoduu5"></span></div></div></a></div></div><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${h.handle}" role="link" tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div dir="ltr" class="css-146c3p1 r-dnmrzs r-1udh08x r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-18u37iz r-1wvb978"><span class="${c}">@${h.handle}</span></div></a></div><div dir="ltr" aria-hidden="true" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1q142lx r-n7gxbd"><span class="${c}">·</span></div>${when}</div></div></div></div></div><div class="css-175oi2r r-1awozwy r-18u37iz r-1cmwbt1 r-1wtj0ep"><div class="css-175oi2r r-1awozwy r-6koalj r-18u37iz"><button aria-label="Grok actions" role="button" class="css-175oi2r r-1777fci r-bt1l66" type="button"><svg viewBox="0 0 33 32" aria-hidden="true"><g><path d="M12 1"></path></g></svg></button><button aria-haspopup="menu" aria-expanded="false" aria-label="More" role="button" class="css-175oi2r r-1777fci" data-testid="caret" type="button"></button></div></div></div></div>`;
}

export const text = (h: Head, inner: string, more = false) =>
  `<div class="css-175oi2r">${h.replyingTo ? `<div class="css-175oi2r r-4qtqp9 r-zl2h9q"><div dir="ltr" class="css-146c3p1 r-bcqeeo">Replying to <div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${h.replyingTo}" role="link" class="css-146c3p1 r-1loqt21">@${h.replyingTo}</a></div></div></div>` : ''}<div dir="auto" lang="${h.lang ?? 'en'}" class="css-146c3p1 r-8akbws r-krxsd3 r-dnmrzs r-1udh08x r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-bnwqim" id="id__t${h.id}" data-testid="tweetText" style="-webkit-line-clamp: 10;">${inner}</div>${more ? `<button type="button" class="css-146c3p1 r-bcqeeo r-1loqt21" data-testid="tweet-text-show-more-link">${sp('Show more')}</button>` : ''}<button role="button" class="css-175oi2r r-1loqt21" type="button"><span class="${c}">Translate post</span></button></div>`;

const bar = (h: Head) =>
  `<div class="css-175oi2r"><div aria-label="12 replies, 40 reposts, 310 likes, 8 bookmarks, 20512 views" role="group" class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4" id="id__b${h.id}">${['reply', 'retweet', 'like'].map((b) => `<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="${b}" role="button" class="css-175oi2r r-1777fci r-bt1l66" data-testid="${b}" type="button"><div dir="ltr" class="css-146c3p1"><div class="css-175oi2r r-xoduu5"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M1 1"></path></g></svg></div><div class="css-175oi2r r-xoduu5 r-1udh08x"><span class="${c}"><span class="${c}">40</span></span></div></div></button></div>`).join('')}<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><a href="/${h.handle}/status/${h.id}/analytics" aria-label="20512 views. View post analytics" role="link" class="css-175oi2r r-1777fci r-bt1l66 r-1loqt21"><div dir="ltr" class="css-146c3p1"><span class="${c}">20K</span></div></a></div><div class="css-175oi2r r-18u37iz r-1h0z5md r-1wron08"><button aria-label="Bookmark" role="button" class="css-175oi2r r-1777fci" data-testid="bookmark" type="button"></button></div></div></div>`;

/** One cell: the article with header, body (text, media, quote) and action bar; `wrapped` in X's ad tracker. */
export function cell(h: Head, body: string, wrapped = false): string {
  const context = h.context
    ? `<div class="css-175oi2r"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox"><div class="css-175oi2r r-18u37iz r-1wbh5a2"><a href="/kestrel_ops" dir="ltr" role="link" class="css-146c3p1 r-1loqt21"><span data-testid="socialContext" class="${c}">${e(h.context)}</span></a></div></div></div></div>`
    : '';
  const focalTime =
    h.when === 'focal'
      ? `<div class="css-175oi2r r-1awozwy r-18u37iz r-1w6e6rj"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><a href="/${h.handle}/status/${h.id}" dir="ltr" aria-label="5:12 PM · Sep 18, 2025" role="link" class="css-146c3p1 r-1loqt21"><time datetime="${h.time}">5:12 PM · Sep 18, 2025</time></a><div dir="ltr" aria-hidden="true" class="css-146c3p1"><span class="${c}">·</span></div><span class="${c}"><span class="${c}">20.5K</span></span> <span class="${c}">Views</span></div></div>`
      : '';
  const article = `<article aria-labelledby="id__u${h.id} id__t${h.id}" role="article" tabindex="0" class="css-175oi2r r-18u37iz r-1udh08x r-i023vh r-1qhn6m8 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l">${context}<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"><div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy" data-testid="Tweet-User-Avatar"><a href="/${h.handle}" role="link" class="css-175oi2r r-1loqt21"><img alt="" draggable="true" src="https://pbs.twimg.com/profile_images/1/${h.handle}_normal.jpg" class="css-9pa8cd"></a></div></div><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu">${header(h)}${body}${focalTime}${bar(h)}</div></div></div></div></article>`;
  const inner = `<div class="css-175oi2r r-1adg3ll r-1ny4l3l"><div class="css-175oi2r">${article}</div></div>`;
  return `<div data-testid="cellInnerDiv" style="transform: translateY(0px); position: absolute; width: 100%;">${wrapped ? `<div class="css-175oi2r" data-testid="placementTracking">${inner}</div>` : inner}</div>`;
}

export function page(lang: string, title: string, cells: string[]): string {
  return `<!DOCTYPE html><html dir="ltr" lang="${lang}"><head><meta charset="utf-8"><title>${e(title)}</title></head><body><div id="react-root"><div class="css-175oi2r r-13awgt0 r-12vffkv"><header role="banner"><nav aria-label="Primary" role="navigation"><a href="/home">Home</a></nav></header><main role="main" class="css-175oi2r r-1habvwh"><div data-testid="primaryColumn" class="css-175oi2r r-kemksi"><section aria-labelledby="accessible-list-1" role="region" class="css-175oi2r"><h1 id="accessible-list-1" class="r-4qtqp9">Your Home Timeline</h1><div aria-label="Timeline: Your Home Timeline" class="css-175oi2r"><div style="position: relative; min-height: 4000px;">${cells.join('')}</div></div></section></div></main></div></div></body></html>`;
}
