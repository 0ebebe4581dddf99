// @vitest-environment jsdom
/** The channel and title a watch page carries in its own data, each source trusted only for its own video. */
import { expect, test } from 'vitest';
import { channelUrlOf } from '../../model/youtube';
import { pageData } from './page-data';

const page = (html: string) => {
  document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
  return document;
};

// The older desktop layout (until about 2022) kept the video's microdata in the server's HTML.
const microdata = (
  id: string,
) => `<div id="watch7-content" class="watch-main-col" itemscope itemid="" itemtype="http://schema.org/VideoObject">
<link itemprop="url" href="https://www.youtube.com/watch?v=${id}"><meta itemprop="name" content="Pager peace, at last">
<meta itemprop="description" content="Talk from the fixture conference"><meta itemprop="paid" content="False">
<meta itemprop="channelId" content="UCopsAndHumansFixture001"><meta itemprop="videoId" content="${id}">
<meta itemprop="duration" content="PT41M2S"><meta itemprop="unlisted" content="False">
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/@opsandhumans"><link itemprop="name" content="Ops &amp; Humans"></span>
<link itemprop="thumbnailUrl" href="https://i.ytimg.com/vi/${id}/maxresdefault.jpg"><meta itemprop="isFamilyFriendly" content="true"></div>`;

test("microdata: the author Person's name and URL (as the page has it, made https by the background), and the name", () => {
  const data = pageData(page(microdata('cnfTalkDDD4')), 'cnfTalkDDD4');
  expect(data).toEqual({
    title: 'Pager peace, at last',
    channel: 'Ops & Humans',
    channelUrl: 'http://www.youtube.com/@opsandhumans',
  });
  expect(channelUrlOf(data.channelUrl)).toBe('https://www.youtube.com/@opsandhumans');
  expect(pageData(page(microdata('cnfTalkDDD4')), 'cnfTalkEEE5')).toEqual({});
});

test('ytInitialPlayerResponse, with braces and quotes inside its strings and the window["…"] form', () => {
  const response = {
    videoDetails: {
      videoId: 'cnfTalkEEE5',
      title: 'Budgets for errors {and} "slack"',
      author: 'FjordOps',
      channelId: 'UCfjordopsFixtureChan001',
      shortDescription: 'a } b { c \\" d',
    },
    microformat: { playerMicroformatRenderer: { ownerChannelName: 'FjordOps' } },
  };
  const doc = page(
    `<script nonce="n1">window["ytInitialPlayerResponse"] = ${JSON.stringify(response)};var ytInitialData = {"a":1};</script>`,
  );
  expect(pageData(doc, 'cnfTalkEEE5')).toEqual({
    title: 'Budgets for errors {and} "slack"',
    channel: 'FjordOps',
    channelUrl: 'https://www.youtube.com/channel/UCfjordopsFixtureChan001',
  });
});

test('ld+json with the author as a Person, for its own video only', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: 'Undo everything',
    embedUrl: 'https://www.youtube.com/embed/cnfTalkFFF6',
    author: { '@type': 'Person', name: 'Ada Lindqvist', url: 'https://www.youtube.com/@ada_builds' },
  };
  const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  expect(pageData(doc, 'cnfTalkFFF6')).toEqual({
    title: 'Undo everything',
    channel: 'Ada Lindqvist',
    channelUrl: 'https://www.youtube.com/@ada_builds',
  });
  expect(pageData(doc, 'cnfTalkAAA1')).toEqual({});
});

test('broken or hostile data is no data, and never a link elsewhere', () => {
  const doc = page(`<script>var ytInitialPlayerResponse = {"videoDetails":{"videoId":"cnfTalkGGG7","author":"X"</script>
    <script type="application/ld+json">{ not json cnfTalkGGG7</script>
    ${microdata('cnfTalkGGG7').replace('http://www.youtube.com/@opsandhumans', 'javascript:alert(1)')}`);
  const data = pageData(doc, 'cnfTalkGGG7');
  expect(data).toEqual({ title: 'Pager peace, at last', channel: 'Ops & Humans', channelUrl: 'javascript:alert(1)' });
  // What the background keeps of it: no link at all.
  expect(channelUrlOf(data.channelUrl)).toBeNull();
});
