import { describe, expect, it } from 'vitest';
import { dumpAll, freshStore, noteById, putRawNotes } from './test-support';

async function withSections() {
  const env = await freshStore();
  const session = await env.store.createSession({ title: 'S', date: '', description: '', tags: [], categories: [] });
  const a = await env.store.addSection(session.id, { title: 'A' });
  const b = await env.store.addSection(session.id, { title: 'B' });
  const texts = async (sectionId: string) =>
    (await env.store.loadSession(session.id))!.notesBySection
      .get(sectionId)!
      .map((n) => ('text' in n ? n.text : n.kind));
  return { ...env, session, a, b, texts };
}

describe('notes', () => {
  it('adds every kind of draft with only its own fields', async () => {
    const { store, session, a } = await withSections();
    const text = await store.addNote(session.id, a.id, {
      kind: 'text',
      text: 'Hello *world*',
      at: { videoId: 'dQw4w9WgXcQ', seconds: 61.7 },
    });
    expect(text).toMatchObject({
      kind: 'text',
      text: 'Hello *world*',
      at: { videoId: 'dQw4w9WgXcQ', seconds: 61 },
      sectionId: a.id,
    });
    const quote = await store.addNote(session.id, a.id, {
      kind: 'quote',
      text: 'Ship it',
      cite: 'Ada',
      url: 'https://example.com/',
    });
    expect(quote).toMatchObject({ kind: 'quote', cite: 'Ada', url: 'https://example.com/' });
    const page = await store.addNote(session.id, a.id, {
      kind: 'page',
      url: 'https://example.com/a',
      title: 'A page',
      selection: 'picked',
      comment: '',
      extra: 'dropped',
    } as never);
    expect(Object.keys(page).sort()).toEqual([
      'comment',
      'createdAt',
      'id',
      'kind',
      'order',
      'sectionId',
      'selection',
      'sessionId',
      'title',
      'updatedAt',
      'url',
    ]);
  });

  it('refuses a page or quote address that is not http(s), which a backup could not carry', async () => {
    const { store, session, a, db } = await withSections();
    const before = await dumpAll(db);
    const page = {
      kind: 'page',
      url: 'file:///home/me/slides.pdf',
      title: 'Slides',
      selection: '',
      comment: '',
    } as const;
    await expect(store.addNote(session.id, a.id, page)).rejects.toThrow('Only http and https pages');
    await expect(
      store.addNote(session.id, a.id, { kind: 'quote', text: 'x', cite: '', url: 'javascript:alert(1)' }),
    ).rejects.toThrow('Only http and https pages');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a note for a section of another session or a missing one', async () => {
    const { store, session, a, db } = await withSections();
    const other = await store.createSession({ title: 'O', date: '', description: '', tags: [], categories: [] });
    const before = await dumpAll(db);
    await expect(store.addNote(other.id, a.id, { kind: 'text', text: 'x' })).rejects.toThrow(
      'This section no longer exists.',
    );
    await expect(store.addNote(session.id, 'gone', { kind: 'text', text: 'x' })).rejects.toThrow('no longer exists');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('edits the fields a kind has and refuses the others', async () => {
    const { store, session, a } = await withSections();
    const q = await store.addNote(session.id, a.id, { kind: 'quote', text: 'x', cite: '' });
    const edited = await store.updateNote(q.id, { text: 'Ship it', cite: 'Ada' });
    expect(edited).toMatchObject({ id: q.id, kind: 'quote', text: 'Ship it', cite: 'Ada', order: q.order });
    await expect(store.updateNote(q.id, { comment: 'no' })).rejects.toThrow('A quote note has no comment to edit.');
    await expect(store.updateNote('gone', { text: 'x' })).rejects.toThrow('This note no longer exists.');
  });

  it('reorders within a section and moves to another section of the same session', async () => {
    const { store, session, a, b, texts } = await withSections();
    const n1 = await store.addNote(session.id, a.id, { kind: 'text', text: '1' });
    const n2 = await store.addNote(session.id, a.id, { kind: 'text', text: '2' });
    const n3 = await store.addNote(session.id, a.id, { kind: 'text', text: '3' });
    await store.moveNote(n3.id, { sectionId: a.id, beforeId: n1.id });
    expect(await texts(a.id)).toEqual(['3', '1', '2']);
    const inB = await store.addNote(session.id, b.id, { kind: 'text', text: 'b' });
    const moved = await store.moveNote(n1.id, { sectionId: b.id, beforeId: inB.id });
    expect(moved.sectionId).toBe(b.id);
    expect(await texts(a.id)).toEqual(['3', '2']);
    expect(await texts(b.id)).toEqual(['1', 'b']);
    await store.moveNote(n2.id, { sectionId: b.id });
    expect(await texts(b.id)).toEqual(['1', 'b', '2']);
  });

  it('renumbers the notes of a section when two neighbours leave no room', async () => {
    const { store, session, a, db, texts } = await withSections();
    const n1 = await store.addNote(session.id, a.id, { kind: 'text', text: '1' });
    const n2 = await store.addNote(session.id, a.id, { kind: 'text', text: '2' });
    await putRawNotes(db, [{ ...(await noteById(db, n2.id))!, order: n1.order + n1.order * Number.EPSILON }]);
    await store.addNote(session.id, a.id, { kind: 'text', text: 'between' }, { beforeId: n2.id });
    expect(await texts(a.id)).toEqual(['1', 'between', '2']);
    const orders = (await store.loadSession(session.id))!.notesBySection.get(a.id)!.map((n) => n.order);
    expect(orders).toEqual([1024, 2048, 3072]);
  });

  it('refuses to move a note into another session, changing nothing', async () => {
    const { store, session, a, db } = await withSections();
    const other = await store.createSession({ title: 'O', date: '', description: '', tags: [], categories: [] });
    const foreign = await store.addSection(other.id, { title: 'F' });
    const n = await store.addNote(session.id, a.id, { kind: 'text', text: 'x' });
    const before = await dumpAll(db);
    await expect(store.moveNote(n.id, { sectionId: foreign.id })).rejects.toThrow('only move within its own session');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('deletes a note and undo puts it back in its place', async () => {
    const { store, session, a, db, texts } = await withSections();
    await store.addNote(session.id, a.id, { kind: 'text', text: '1' });
    const n2 = await store.addNote(session.id, a.id, { kind: 'text', text: '2' });
    await store.addNote(session.id, a.id, { kind: 'text', text: '3' });
    const before = await dumpAll(db);
    const removed = await store.deleteNote(n2.id);
    expect(removed).toEqual({ sessions: [], sections: [], notes: [n2] });
    expect(await texts(a.id)).toEqual(['1', '3']);
    await store.restore(removed);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('turns a text note into a quote or a sub-heading and back, keeping its words and (but a heading) its time', async () => {
    const { store, session, a } = await withSections();
    const at = { videoId: 'dQw4w9WgXcQ', seconds: 245 };
    const note = await store.addNote(session.id, a.id, { kind: 'text', text: 'Code is easy', at });
    const quote = await store.restyleNote(note.id, 'quote', 'Ada');
    expect(quote).toMatchObject({
      id: note.id,
      order: note.order,
      kind: 'quote',
      text: 'Code is easy',
      cite: 'Ada',
      at,
    });
    expect(await store.restyleNote(note.id, 'quote', 'Other')).toEqual(quote);
    const heading = await store.restyleNote(note.id, 'heading', '');
    expect(heading).toMatchObject({ kind: 'heading', text: 'Code is easy' });
    expect(Object.keys(heading)).not.toContain('at');
    expect(Object.keys(heading)).not.toContain('cite');
    expect(await store.restyleNote(note.id, 'text', '')).toMatchObject({ kind: 'text', text: 'Code is easy' });
    const page = await store.addNote(session.id, a.id, {
      kind: 'page',
      url: 'https://example.com/',
      title: 'P',
      selection: '',
      comment: '',
    });
    await expect(store.restyleNote(page.id, 'quote', '')).rejects.toThrow('A page clip cannot become a quote.');
    await expect(store.restyleNote('nope', 'quote', '')).rejects.toThrow();
  });

  it('stores a sub-heading as a draft, and edits its words', async () => {
    const { store, session, a } = await withSections();
    const heading = await store.addNote(session.id, a.id, { kind: 'heading', text: 'General notes' });
    expect(await store.updateNote(heading.id, { text: 'Gotchas' })).toMatchObject({ kind: 'heading', text: 'Gotchas' });
    await expect(store.updateNote(heading.id, { cite: 'x' })).rejects.toThrow('A heading note has no cite to edit.');
  });
});
