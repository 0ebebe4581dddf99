import { expect, test } from 'vitest';
import { upgradeNoteV1, upgradeTweetV1 } from './tweet-upgrade';

const old = {
  id: '1',
  url: 'https://x.com/a/status/1',
  authorName: 'A',
  handle: 'a',
  parts: [],
  time: '',
  lang: '',
  media: [
    { type: 'photo', url: 'https://pbs.twimg.com/media/p.jpg', alt: 'p' },
    { type: 'video', url: 'https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/v.jpg' },
    { type: 'card', url: 'https://pbs.twimg.com/card_img/1/c.jpg', href: 'https://t.co/c', title: 'C' },
    { type: 'card', url: 'https://t.co/d', href: 'https://t.co/d' },
  ],
};

test('cards get their link as url and their picture as image; videos the tweet page and their poster', () => {
  expect((upgradeTweetV1(old) as typeof old).media).toEqual([
    { type: 'photo', url: 'https://pbs.twimg.com/media/p.jpg', alt: 'p' },
    {
      type: 'video',
      url: 'https://x.com/a/status/1',
      poster: 'https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/v.jpg',
    },
    { type: 'card', url: 'https://t.co/c', image: 'https://pbs.twimg.com/card_img/1/c.jpg', title: 'C' },
    { type: 'card', url: 'https://t.co/d' },
  ]);
});

test('quoted tweets and threads are upgraded too; an upgraded tweet stays as it is', () => {
  const nested = upgradeTweetV1({ ...old, quoted: old, thread: [old] }) as {
    quoted: typeof old;
    thread: (typeof old)[];
  };
  expect(nested.quoted.media[2]).toMatchObject({ url: 'https://t.co/c' });
  expect(nested.thread[0]!.media[1]).toMatchObject({ poster: expect.any(String) });
  const once = upgradeTweetV1(old);
  expect(upgradeTweetV1(once)).toEqual(once);
});

test('other notes and malformed values come back unchanged', () => {
  const text = { kind: 'text', text: 'x' };
  expect(upgradeNoteV1(text)).toBe(text);
  expect(upgradeTweetV1('nonsense')).toBe('nonsense');
  expect(upgradeNoteV1({ kind: 'tweet', tweet: { media: 'x' } })).toEqual({ kind: 'tweet', tweet: { media: 'x' } });
});
