/**
 * For tests only: a profile with every kind of record a backup must carry (free and YouTube sections, text with a
 * moment, quote, page, a tweet with entities, media, a quoted tweet and a thread; two sessions).
 */
import type { Post } from '../model/types';
import type { Store } from '../store/api';
import { freshStore } from '../store/test-support';
import { exportBackup } from './export';

export const sampleTweet = (id: string, extra: Partial<Post> = {}): Post => ({
  network: 'x',
  id,
  url: `https://x.com/speaker/status/${id}`,
  authorName: 'A Speaker',
  handle: 'speaker',
  parts: [
    { type: 'text', text: 'Slides from ' },
    { type: 'mention', text: '@conf', handle: 'conf' },
    { type: 'text', text: ' ' },
    { type: 'hashtag', text: '#devops', tag: 'devops' },
    { type: 'url', text: 'example.com/slides', href: 'https://t.co/abc', expanded: 'https://example.com/slides' },
    { type: 'cashtag', text: '$ACME', symbol: 'ACME' },
    { type: 'emoji', text: '🎉' },
  ],
  time: '2018-09-27T09:30:00.000Z',
  lang: 'en',
  media: [
    { type: 'photo', url: 'https://pbs.twimg.com/media/slide.jpg', alt: 'A slide about <b>pipelines</b>' },
    { type: 'card', url: 'https://example.com/post', image: 'https://pbs.twimg.com/card.jpg', title: 'A post' },
  ],
  ...extra,
});

export async function fillSampleProfile(store: Store) {
  const event = await store.createSession({
    title: 'Ops Gathering 2019',
    date: '2019-06-20',
    description: 'Two days of talks & "open spaces"',
    tags: ['ops', 'culture'],
    categories: ['events'],
    fields: { image: '/img/ops.png', 'license prose': 'CC BY' },
  });
  const talk = await store.sectionForSource(
    event.id,
    {
      kind: 'youtube',
      videoId: 'abcdefghijk',
      list: 'PL123',
      index: 2,
      channel: 'Ops Gathering',
      channelUrl: 'https://www.youtube.com/@ops',
      duration: 1740,
    },
    { title: 'Pipelines without tears', speaker: 'Ada Example' },
  );
  const open = await store.addSection(event.id, { title: 'Open Spaces' });
  await store.addNote(event.id, talk.id, {
    kind: 'text',
    text: 'Deploys are *boring* now <script>x</script>',
    at: { videoId: 'abcdefghijk', seconds: 95 },
  });
  await store.addNote(event.id, talk.id, {
    kind: 'quote',
    text: 'Ship small.',
    cite: 'Ada Example',
    url: 'https://example.com/q',
    at: { videoId: 'abcdefghijk', seconds: 300 },
  });
  await store.clipPost(
    event.id,
    talk.id,
    sampleTweet('1044', {
      quoted: sampleTweet('1001', { media: [] }),
      thread: [sampleTweet('1045', { parts: [{ type: 'text', text: '2/ more' }] })],
      incomplete: true,
    }),
    'Worth reading',
  );
  await store.addNote(event.id, open.id, {
    kind: 'page',
    url: 'https://example.com/notes',
    title: 'Shared notes',
    selection: 'a picked line',
    comment: '',
  });
  await store.addNote(event.id, open.id, { kind: 'text', text: 'Line one\nLine two' }, {});

  const other = await store.createSession({ title: 'Meetup', date: '', description: '', tags: [], categories: [] });
  const free = await store.addSection(other.id, { title: 'Lightning talks', speaker: '' });
  await store.addNote(other.id, free.id, { kind: 'text', text: 'Unicode: café, 日本語, 🎤' });
  return { event, talk, open, other, free };
}

/** The sample profile's backup file, as the export writes it. */
export async function sampleBackupText(): Promise<string> {
  const { store, db } = await freshStore();
  await fillSampleProfile(store);
  return exportBackup(db, '2019-06-21T08:00:00.000Z');
}

/** A copy of a backup file with one change applied. */
export function withChange(text: string, change: (b: any) => void): string {
  const value: unknown = JSON.parse(text);
  change(value);
  return JSON.stringify(value);
}

/** A post of X as backup format 5 and older wrote it: no `network`, on its quote and its thread neither. */
function asOldTweet(post: any): any {
  const { network: _network, ...tweet } = post;
  if (tweet.quoted) tweet.quoted = asOldTweet(tweet.quoted);
  if (tweet.thread) tweet.thread = tweet.thread.map(asOldTweet);
  return tweet;
}

/** Every post note of a parsed backup as a version 5 file held it: a tweet note (`kind: 'tweet'`, `tweet:<id>`). */
export function asVersion5(b: any): void {
  b.version = 5;
  for (const entry of b.sessions) {
    entry.notes = entry.notes.map((note: any) => {
      if (note.kind !== 'post') return note;
      const { post, ...rest } = note;
      return { ...rest, kind: 'tweet', tweet: asOldTweet(post), sourceKey: `tweet:${post.id}` };
    });
  }
}
