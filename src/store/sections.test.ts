import { describe, expect, it } from 'vitest';
import type { YouTubeSource } from '../model/types';
import { dumpAll, freshStore } from './test-support';

async function withSession() {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  return { ...env, session };
}

const talk: YouTubeSource = { kind: 'youtube', videoId: 'dQw4w9WgXcQ', channel: 'DevOpsDays', duration: 1800 };

const titles = async (env: Awaited<ReturnType<typeof withSession>>) =>
  (await env.store.loadSession(env.session.id))?.sections.map((s) => s.title);

describe('sections', () => {
  it('adds free and bound sections at the end or before a sibling', async () => {
    const env = await withSession();
    const { store, session } = env;
    const open = await store.addSection(session.id, { title: ' Open Spaces ' });
    expect(open).toMatchObject({ title: 'Open Spaces', speaker: '', sessionId: session.id });
    expect(open.source).toBeUndefined();
    expect(open.sourceKey).toBeUndefined();
    const keynote = await store.addSection(
      session.id,
      { title: 'Keynote', speaker: 'Ada', source: talk },
      { beforeId: open.id },
    );
    expect(keynote).toMatchObject({ source: talk, sourceKey: 'youtube:dQw4w9WgXcQ' });
    expect(await titles(env)).toEqual(['Keynote', 'Open Spaces']);
    await expect(store.addSection('missing', { title: 'x' })).rejects.toThrow('This session no longer exists.');
  });

  it('renames, sets and clears the source', async () => {
    const { store, session } = await withSession();
    const s = await store.addSection(session.id, { title: 'Talk' });
    const bound = await store.updateSection(s.id, { title: 'Better', speaker: 'Grace', source: talk });
    expect(bound).toMatchObject({
      title: 'Better',
      speaker: 'Grace',
      sourceKey: 'youtube:dQw4w9WgXcQ',
      order: s.order,
    });
    const free = await store.updateSection(s.id, { source: undefined });
    expect(free.source).toBeUndefined();
    expect(free.sourceKey).toBeUndefined();
    expect(free.title).toBe('Better');
  });

  it('moves a section before another or to the end, renumbering when the neighbours are too close', async () => {
    const env = await withSession();
    const { store, session, db } = env;
    const a = await store.addSection(session.id, { title: 'A' });
    const b = await store.addSection(session.id, { title: 'B' });
    const c = await store.addSection(session.id, { title: 'C' });
    await store.moveSection(c.id, { beforeId: a.id });
    expect(await titles(env)).toEqual(['C', 'A', 'B']);
    await store.moveSection(c.id, {});
    expect(await titles(env)).toEqual(['A', 'B', 'C']);
    // Squeeze A and B together, then move C between them: no float midpoint left, so the list is renumbered.
    await db.put('sections', { ...(await db.get('sections', b.id))!, order: a.order + a.order * Number.EPSILON });
    await store.moveSection(c.id, { beforeId: b.id });
    expect(await titles(env)).toEqual(['A', 'C', 'B']);
    const orders = (await store.loadSession(session.id))!.sections.map((s) => s.order);
    expect(orders).toEqual([1024, 2048, 3072]);
    await expect(store.moveSection(c.id, { beforeId: 'gone' })).rejects.toThrow(/no longer there/);
  });

  it('deletes a section with its notes, and undo puts them back', async () => {
    const { store, session, db } = await withSession();
    const a = await store.addSection(session.id, { title: 'A' });
    const b = await store.addSection(session.id, { title: 'B' });
    await store.addNote(session.id, a.id, { kind: 'text', text: 'in a' });
    const inB = await store.addNote(session.id, b.id, { kind: 'text', text: 'in b' });
    const before = await dumpAll(db);
    const removed = await store.deleteSection(a.id);
    expect(removed.sections.map((s) => s.id)).toEqual([a.id]);
    expect(removed.notes.map((n) => n.kind === 'text' && n.text)).toEqual(['in a']);
    expect((await dumpAll(db)).notes.map((n) => n.id)).toEqual([inB.id]);
    await store.restore(removed);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses to undo a section delete once its session is gone, leaving nothing behind', async () => {
    const { store, session, db } = await withSession();
    const a = await store.addSection(session.id, { title: 'A' });
    await store.addNote(session.id, a.id, { kind: 'text', text: 'x' });
    const removed = await store.deleteSection(a.id);
    await store.deleteSession(session.id);
    await expect(store.restore(removed)).rejects.toThrow('The session it belonged to no longer exists.');
    expect(await dumpAll(db)).toEqual({ sessions: [], sections: [], notes: [], images: [] });
  });

  it('finds the section of a source with one lookup, creating it at the end on first use', async () => {
    const env = await withSession();
    const { store, session } = env;
    await store.addSection(session.id, { title: 'Open Spaces' });
    const first = await store.sectionForSource(session.id, talk, { title: 'The talk', speaker: 'Ada' });
    expect(first).toMatchObject({ title: 'The talk', speaker: 'Ada', sourceKey: 'youtube:dQw4w9WgXcQ' });
    const again = await store.sectionForSource(session.id, { ...talk, duration: 5 }, { title: 'Other title' });
    expect(again).toEqual(first);
    expect(await titles(env)).toEqual(['Open Spaces', 'The talk']);
    // The same video in another session is another section.
    const other = await store.createSession({ title: 'T', date: '', description: '', tags: [], categories: [] });
    expect((await store.sectionForSource(other.id, talk, { title: 'x' })).id).not.toBe(first.id);
  });

  it('gets one section by id, and nothing for a missing one', async () => {
    const { store, session } = await withSession();
    const s = await store.addSection(session.id, { title: 'Keynote' });
    expect(await store.getSection(s.id)).toEqual(s);
    expect(await store.getSection('gone')).toBeUndefined();
  });

  it('lists the sections of one session in order, without notes of other sessions', async () => {
    const { store, session } = await withSession();
    const b = await store.addSection(session.id, { title: 'B' });
    const a = await store.addSection(session.id, { title: 'A' }, { beforeId: b.id });
    const other = await store.createSession({ title: 'T', date: '', description: '', tags: [], categories: [] });
    await store.addSection(other.id, { title: 'elsewhere' });
    expect((await store.listSections(session.id)).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await store.listSections('gone')).toEqual([]);
  });

  it('stores only the known fields of a source', async () => {
    const { store, session } = await withSession();
    const noisy = { ...talk, html: '<img onerror=alert(1)>' } as YouTubeSource;
    const s = await store.addSection(session.id, { title: 'T', source: noisy });
    expect(s.source).toEqual(talk);
  });
});
