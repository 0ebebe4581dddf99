/**
 * What X's content can put in a clip is fitted at capture, so the store keeps it and its backup restores it: a
 * 39-character lang, a link over 4,096 characters, a quote in a quote, a thread in a thread, a handle with a
 * blank line. The clip is marked incomplete; nothing is refused later.
 */
import { describe, expect, it } from 'vitest';
import { sampleTweet } from '../backup/test-support';
import { exportBackup } from '../backup/export';
import { parseBackup } from '../backup/validate';
import { LIMITS } from '../model/limits';
import type { Post } from '../model/types';
import { fitPost } from './fit-post';
import { InvalidRecordError } from './record-check';
import { allNotes, freshStore, putRawNotes } from './test-support';

const longLink = `https://t.co/${'a'.repeat(5000)}`;
/** The worst values a page has been seen to give, all at once. */
export const hostileTweet = (): Post =>
  sampleTweet('2001', {
    lang: 'x'.repeat(39),
    handle: 'evil\n\nhandle',
    authorName: 'N'.repeat(LIMITS.shortText + 10),
    time: 'not a time',
    url: 'javascript:alert(1)',
    parts: [
      { type: 'text', text: 'see ' },
      { type: 'url', text: 'this', href: longLink, expanded: longLink },
      { type: 'url', text: 'that', href: 'javascript:alert(1)' },
    ],
    media: [
      { type: 'photo', url: longLink },
      { type: 'photo', url: 'https://pbs.twimg.com/ok.jpg', alt: 'fine' },
    ],
    quoted: sampleTweet('2002', { quoted: sampleTweet('2003'), thread: [sampleTweet('2004')] }),
    thread: [sampleTweet('2005', { thread: [sampleTweet('2006')] }), sampleTweet('not digits')],
  });

describe('fitPost', () => {
  it('keeps an ordinary tweet as it is, unmarked', () => {
    const tweet = sampleTweet('1001', { quoted: sampleTweet('1002', { id: '', url: '', incomplete: true }) });
    expect(fitPost(tweet)).toEqual(tweet);
    expect(fitPost(sampleTweet('1001')).incomplete).toBeUndefined();
  });

  it('cuts or drops every value past a limit, and marks the clip incomplete', () => {
    const fitted = fitPost(hostileTweet());
    expect(fitted).toMatchObject({
      lang: '',
      handle: '',
      time: '',
      url: 'https://x.com/i/status/2001',
      incomplete: true,
      parts: [
        { type: 'text', text: 'see ' },
        { type: 'text', text: 'this' },
        { type: 'text', text: 'that' },
      ],
      media: [{ type: 'photo', url: 'https://pbs.twimg.com/ok.jpg', alt: 'fine' }],
    });
    expect(fitted.authorName).toHaveLength(LIMITS.shortText);
    expect(fitted.quoted!.quoted).toBeUndefined();
    expect(fitted.quoted!.thread).toBeUndefined();
    expect(fitted.thread!.map((t) => t.id)).toEqual(['2005']);
    expect(fitted.thread![0]!.thread).toBeUndefined();
  });

  it("keeps a poll's votes per choice, closed and end time; drops the ones no backup would take", () => {
    const poll = {
      options: [{ label: 'Flags', percent: 60, votes: 15 }, { label: 'Migrations' }],
      votes: '25 people',
      status: '2 days left',
      closed: false,
      ends: '2025-09-20T09:45:00.000Z',
    };
    const kept = fitPost(sampleTweet('3001', { poll }));
    expect(kept.poll).toEqual(poll);
    expect(kept.incomplete).toBeUndefined();
    const page = {
      ...poll,
      options: [
        { label: 'x', votes: -2 },
        { label: 'y', votes: '7' },
      ],
      ends: 'soon',
    };
    const fitted = fitPost(sampleTweet('3002', { poll: page as unknown as Post['poll'] }));
    expect(fitted.poll).toEqual({ ...poll, options: [{ label: 'x' }, { label: 'y' }], ends: undefined });
    expect(fitted.incomplete).toBe(true);
  });

  it('never cuts a surrogate pair in half', () => {
    const name = `${'n'.repeat(LIMITS.shortText - 1)}🎤`;
    expect(fitPost(sampleTweet('1', { authorName: name })).authorName).toBe('n'.repeat(LIMITS.shortText - 1));
  });
});

describe('the store keeps only what its backup restores', () => {
  it("a hostile clip is stored fitted, and the profile's backup imports and exports the same", async () => {
    const { store, db } = await freshStore();
    const session = await store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
    const section = await store.addSection(session.id, { title: 'Tweets' });
    await store.clipPost(session.id, section.id, hostileTweet(), '');
    const backup = await exportBackup(db, '2026-01-01T00:00:00.000Z');
    const check = parseBackup(backup);
    expect(check.ok ? 'ok' : check.problems).toBe('ok');
  });

  it('a write past a limit is refused whole, with the field and the reason', async () => {
    const { store, db } = await freshStore();
    const session = await store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
    const section = await store.addSection(session.id, { title: 'Notes' });
    const attempt = store.addNote(session.id, section.id, { kind: 'text', text: 'a'.repeat(LIMITS.longText + 1) });
    await expect(attempt).rejects.toThrow(InvalidRecordError);
    await expect(attempt).rejects.toThrow('This note cannot be saved: text: must be at most 1000000 characters');
    expect(await allNotes(db)).toEqual([]);
    await expect(
      store.createSession({
        title: 'S',
        date: '',
        description: '',
        tags: [],
        categories: [],
        fields: { toString: 'x' },
      }),
    ).rejects.toThrow('This session cannot be saved: fields.toString: a field may not be named "toString"');
  });

  it("a text note cannot take a tweet's dedupe key, so it never blocks clipping that tweet", async () => {
    const { store, db } = await freshStore();
    const session = await store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
    const section = await store.addSection(session.id, { title: 'Notes' });
    const note = await store.addNote(session.id, section.id, { kind: 'text', text: 'hi' });
    // As an older version could have stored it.
    await putRawNotes(db, [{ ...note, sourceKey: 'x:1001' }]);
    const clip = await store.clipPost(session.id, section.id, sampleTweet('1001'), '');
    expect(clip.duplicate).toBe(false);
    expect(clip.note.kind).toBe('post');
  });
});
