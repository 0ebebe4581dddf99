/**
 * Held-out YouTube watch pages in the shapes YouTube served (2019-2026), with the fields a person reads on each,
 * written by hand: a page opened directly at first paint (the server's HTML: player response, microdata, no owner
 * rendered yet), one reached by in-page navigation (everything in the HTML still names the first video), the
 * 2019 layout, a live stream's /live/ URL in theatre mode, and a page with only ld+json. Names are ours.
 */
export interface YouTubeExpected {
  videoId: string;
  title: string;
  channel: string;
  channelUrl: string;
}
export interface YouTubeHeldOut {
  name: string;
  url: string;
  html: string;
  expected: YouTubeExpected;
}

const playerResponse = (id: string, title: string, author: string, channelId: string, handle: string, live = false) =>
  `<script nonce="a1B2c3">var ytInitialPlayerResponse = ${JSON.stringify({
    responseContext: { serviceTrackingParams: [{ service: 'CSI', params: [{ key: 'c', value: 'WEB' }] }] },
    playabilityStatus: {
      status: 'OK',
      playableInEmbed: true,
      liveStreamability: live ? { liveStreamabilityRenderer: { videoId: id } } : undefined,
    },
    videoDetails: {
      videoId: id,
      title,
      lengthSeconds: live ? '0' : '2462',
      isLive: live || undefined,
      keywords: ['sre', 'talk {1}'],
      channelId,
      shortDescription: `Recorded at FjordOps.\nSlides: https://slides.example.org/${id}`,
      isCrawlable: true,
      author,
      isLiveContent: live,
    },
    microformat: {
      playerMicroformatRenderer: {
        title: { simpleText: title },
        ownerProfileUrl: `http://www.youtube.com/@${handle}`,
        externalChannelId: channelId,
        ownerChannelName: author,
        liveBroadcastDetails: live ? { isLiveNow: true, startTimestamp: '2025-09-19T07:00:00+00:00' } : undefined,
      },
    },
  })};var meta = document.createElement('meta');</script>`;

const microdata = (id: string, title: string, author: string, handle: string) =>
  `<div id="watch7-content" class="watch-main-col" itemscope itemid="" itemtype="http://schema.org/VideoObject"><link itemprop="url" href="https://www.youtube.com/watch?v=${id}"><meta itemprop="name" content="${title}"><meta itemprop="videoId" content="${id}"><meta itemprop="duration" content="PT41M2S"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/@${handle}"><link itemprop="name" content="${author}"></span><meta itemprop="genre" content="Science &amp; Technology"></div>`;

const head = (id: string, title: string) =>
  `<head><meta charset="utf-8"><title>${title} - YouTube</title><meta name="title" content="${title}"><meta property="og:title" content="${title}"><meta property="og:url" content="https://www.youtube.com/watch?v=${id}"><link rel="canonical" href="https://www.youtube.com/watch?v=${id}"></head>`;

const player = `<div id="movie_player" class="html5-video-player ytp-transparent ytp-exp-bottom-control-flexbox ytp-title-enable-channel-logo ytp-embed ytp-large-width-mode playing-mode ytp-autohide" tabindex="-1" data-version="/s/player/abcd/player_ias.vflset/en_US/base.js" aria-label="YouTube Video Player"><div class="html5-video-container" data-layer="0"><video tabindex="-1" class="video-stream html5-main-video" controlslist="nodownload" style="width: 853px; height: 480px;" src="blob:https://www.youtube.com/7f3e"></video></div><div class="ytp-chrome-bottom"><div class="ytp-time-display notranslate"><span class="ytp-time-current">0:00</span></div></div></div>`;

const watch = (o: { flexyId: string; theater?: boolean; title?: string; channel?: string; href?: string }) =>
  `<ytd-app><div id="content"><ytd-page-manager id="page-manager"><ytd-watch-flexy class="style-scope ytd-page-manager hide-skeleton" video-id="${o.flexyId}" ${o.theater ? 'theater full-bleed-player' : ''} role="main"><div id="full-bleed-container" class="style-scope ytd-watch-flexy"><div id="player-full-bleed-container" class="style-scope ytd-watch-flexy">${o.theater ? `<div id="player-container" class="style-scope ytd-watch-flexy">${player}</div>` : ''}</div></div><div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy"><div id="primary-inner" class="style-scope ytd-watch-flexy">${o.theater ? '' : `<div id="player" class="style-scope ytd-watch-flexy"><div id="player-container-outer"><div id="player-container-inner"><div id="player-container" class="style-scope ytd-watch-flexy">${player}</div></div></div></div>`}<div id="below" class="style-scope ytd-watch-flexy"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy" flex-menu-enabled>${o.title ? `<div id="title" class="style-scope ytd-watch-metadata"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string force-default-style class="style-scope ytd-watch-metadata" title="${o.title}">${o.title}</yt-formatted-string></h1></div>` : ''}<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner" class="item style-scope ytd-watch-metadata"><ytd-video-owner-renderer class="style-scope ytd-watch-metadata" watch-metadata-refresh>${o.channel ? `<a class="yt-simple-endpoint style-scope ytd-video-owner-renderer" tabindex="-1" href="${o.href}"><yt-img-shadow id="avatar" width="40"><img id="img" alt="" width="40" src="https://yt3.ggpht.com/x=s48-c-k"></yt-img-shadow></a><div id="upload-info" class="style-scope ytd-video-owner-renderer"><ytd-channel-name id="channel-name" class="style-scope ytd-video-owner-renderer"><div id="container" class="style-scope ytd-channel-name"><div id="text-container" class="style-scope ytd-channel-name"><yt-formatted-string id="text" title="" class="style-scope ytd-channel-name complex-string" ellipsis-truncate="" has-link-only_=""><a class="yt-simple-endpoint style-scope yt-formatted-string" spellcheck="false" href="${o.href}" dir="auto">${o.channel}</a></yt-formatted-string></div></div></ytd-channel-name><yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer">12.4K subscribers</yt-formatted-string></div>` : ''}</ytd-video-owner-renderer></div></div></ytd-watch-metadata></div></div></div></div></ytd-watch-flexy></ytd-page-manager></div></ytd-app>`;

const W = 'https://www.youtube.com';

export const YOUTUBE_PAGES: YouTubeHeldOut[] = [
  {
    name: 'youtube/direct, first paint',
    url: `${W}/watch?v=hldTalk0001&pp=ygUIZmpvcmRvcHM%3D`,
    html: `<!DOCTYPE html><html lang="en">${head('hldTalk0001', 'Pager peace, at last')}<body>${watch({ flexyId: 'hldTalk0001' })}${microdata('hldTalk0001', 'Pager peace, at last', 'Ops &amp; Humans', 'opsandhumans')}${playerResponse('hldTalk0001', 'Pager peace, at last', 'Ops & Humans', 'UCopsAndHumansHeldOut01', 'opsandhumans')}</body></html>`,
    expected: {
      videoId: 'hldTalk0001',
      title: 'Pager peace, at last',
      channel: 'Ops & Humans',
      channelUrl: `${W}/@opsandhumans`,
    },
  },
  {
    name: 'youtube/in-page navigation',
    url: `${W}/watch?v=hldTalk0002&list=PLheldOutFjord2025&index=3`,
    html: `<!DOCTYPE html><html lang="en">${head('hldTalk0001', 'Pager peace, at last')}<body>${watch({ flexyId: 'hldTalk0002', title: 'Error budgets you can spend', channel: 'FjordOps', href: '/@fjordops' })}${microdata('hldTalk0001', 'Pager peace, at last', 'Ops &amp; Humans', 'opsandhumans')}${playerResponse('hldTalk0001', 'Pager peace, at last', 'Ops & Humans', 'UCopsAndHumansHeldOut01', 'opsandhumans')}</body></html>`,
    expected: {
      videoId: 'hldTalk0002',
      title: 'Error budgets you can spend',
      channel: 'FjordOps',
      channelUrl: `${W}/@fjordops`,
    },
  },
  {
    name: 'youtube/2019 layout',
    url: `${W}/watch?v=hldTalk0003`,
    html: `<!DOCTYPE html><html lang="en">${head('hldTalk0003', 'Chaos day: a retrospective')}<body><div id="page" class="watch"><div id="player-api"><div id="movie_player" class="html5-video-player">${'<div class="html5-video-container"><video class="video-stream html5-main-video" src="blob:https://www.youtube.com/1a2b"></video></div>'}</div></div><div id="watch7-container"><div id="watch-header"><h1 class="watch-title-container"><span id="eow-title" class="watch-title" dir="ltr" title="Chaos day: a retrospective">Chaos day: a retrospective</span></h1><div id="watch7-user-header"><div class="yt-user-info"><a href="/channel/UCkestrelOpsHeldOut0001" class="g-hovercard yt-uix-sessionlink spf-link">Kestrel Ops</a></div></div></div>${microdata('hldTalk0003', 'Chaos day: a retrospective', 'Kestrel Ops', 'kestrelops')}</div></div></body></html>`,
    expected: {
      videoId: 'hldTalk0003',
      title: 'Chaos day: a retrospective',
      channel: 'Kestrel Ops',
      channelUrl: `${W}/channel/UCkestrelOpsHeldOut0001`,
    },
  },
  {
    name: 'youtube/live, theatre',
    url: `${W}/live/hldLive0004?si=Xy12`,
    html: `<!DOCTYPE html><html lang="en">${head('hldLive0004', 'FjordOps 2025, day 2 (live)')}<body>${watch({ flexyId: 'hldLive0004', theater: true, title: 'FjordOps 2025, day 2 (live)', channel: 'FjordOps', href: '/@fjordops' })}${playerResponse('hldLive0004', 'FjordOps 2025, day 2 (live)', 'FjordOps', 'UCfjordopsHeldOut000001', 'fjordops', true)}</body></html>`,
    expected: {
      videoId: 'hldLive0004',
      title: 'FjordOps 2025, day 2 (live)',
      channel: 'FjordOps',
      channelUrl: `${W}/@fjordops`,
    },
  },
  {
    name: 'youtube/ld+json only',
    url: `${W}/watch?v=hldTalk0005`,
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>YouTube</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', '@id': `${W}/watch?v=hldTalk0005`, name: 'Runbooks people read', embedUrl: `${W}/embed/hldTalk0005`, author: { '@type': 'Person', name: 'Noor Haddad', url: `${W}/@noor_dev` } })}</script></head><body>${watch({ flexyId: 'hldTalk0005' })}</body></html>`,
    expected: {
      videoId: 'hldTalk0005',
      title: 'Runbooks people read',
      channel: 'Noor Haddad',
      channelUrl: `${W}/@noor_dev`,
    },
  },
];
