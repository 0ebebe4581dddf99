import { describe, expect, it } from 'vitest';
import type { SessionInput } from './api';
import { dumpAll, freshStore } from './test-support';

const input = (title: string, extra: Partial<SessionInput> = {}): SessionInput => ({
  title,
  date: '2018-09-27',
  description: 'Two days in London',
  tags: ['devops'],
  categories: [],
  ...extra,
});

describe('sessions', () => {
  it('creates, gets and lists sessions, most recently changed first', async () => {
    const { store } = await freshStore();
    const a = await store.createSession(
      input('DevOpsDays London 2018', { tags: [' devops ', 'devops', ''], fields: { image: 'x.png' } }),
    );
    const b = await store.createSession(input('Second'));
    expect(a).toMatchObject({ title: 'DevOpsDays London 2018', tags: ['devops'], fields: { image: 'x.png' } });
    expect(await store.getSession(a.id)).toEqual(a);
    expect((await store.listSessions()).map((s) => s.title)).toEqual(['Second', 'DevOpsDays London 2018']);
    await store.updateSession(a.id, { title: 'Renamed' });
    expect((await store.listSessions()).map((s) => s.title)).toEqual(['Renamed', 'Second']);
    expect(b.id).not.toBe(a.id);
  });

  it('refuses a session without a title or with a malformed date, and stores nothing', async () => {
    const { store, db } = await freshStore();
    await expect(store.createSession(input('   '))).rejects.toThrow('A session needs a title.');
    await expect(store.createSession(input('x', { date: '27/09/2018' }))).rejects.toThrow(/date must look like/);
    expect((await dumpAll(db)).sessions).toEqual([]);
    const s = await store.createSession(input('ok', { date: '' }));
    await expect(store.updateSession(s.id, { title: '' })).rejects.toThrow('A session needs a title.');
    expect(await store.getSession(s.id)).toEqual(s);
  });

  it('updates only what the patch names and moves updatedAt', async () => {
    const { store } = await freshStore();
    const s = await store.createSession(input('Title'));
    const updated = await store.updateSession(s.id, { description: 'new' });
    expect(updated).toEqual({ ...s, description: 'new', updatedAt: updated.updatedAt });
    expect(updated.updatedAt).toBeGreaterThan(s.updatedAt);
    await expect(store.updateSession('missing', { title: 'x' })).rejects.toThrow('This session no longer exists.');
  });

  it('loads a whole session: sections in order, each with its notes in order', async () => {
    const { store } = await freshStore();
    const s = await store.createSession(input('S'));
    const other = await store.createSession(input('Other'));
    const second = await store.addSection(s.id, { title: 'Second' });
    const first = await store.addSection(s.id, { title: 'First' }, { beforeId: second.id });
    const empty = await store.addSection(s.id, { title: 'Empty' });
    const n2 = await store.addNote(s.id, first.id, { kind: 'text', text: 'two' });
    const n1 = await store.addNote(s.id, first.id, { kind: 'text', text: 'one' }, { beforeId: n2.id });
    const n3 = await store.addNote(s.id, second.id, { kind: 'text', text: 'three' });
    const otherSection = await store.addSection(other.id, { title: 'Elsewhere' });
    await store.addNote(other.id, otherSection.id, { kind: 'text', text: 'not mine' });

    const loaded = await store.loadSession(s.id);
    expect(loaded?.session).toEqual(s);
    expect(loaded?.sections.map((x) => x.title)).toEqual(['First', 'Second', 'Empty']);
    expect(loaded?.notesBySection.get(first.id)?.map((n) => n.id)).toEqual([n1.id, n2.id]);
    expect(loaded?.notesBySection.get(second.id)?.map((n) => n.id)).toEqual([n3.id]);
    expect(loaded?.notesBySection.get(empty.id)).toEqual([]);
    expect(await store.loadSession('missing')).toBeUndefined();
  });

  it('deletes a session with its sections and notes, and undo puts back exactly the same records', async () => {
    const { store, db } = await freshStore();
    const keep = await store.createSession(input('Keep'));
    const keepSection = await store.addSection(keep.id, { title: 'K' });
    await store.addNote(keep.id, keepSection.id, { kind: 'text', text: 'kept' });
    const s = await store.createSession(input('Doomed'));
    const sec = await store.addSection(s.id, { title: 'A' });
    await store.addNote(s.id, sec.id, { kind: 'text', text: 'a' });
    await store.addNote(s.id, sec.id, { kind: 'quote', text: 'q', cite: 'Someone' });
    const before = await dumpAll(db);

    const removed = await store.deleteSession(s.id);
    expect(removed.sessions).toEqual([s]);
    expect(removed.sections).toHaveLength(1);
    expect(removed.notes).toHaveLength(2);
    const after = await dumpAll(db);
    expect(after.sessions.map((x) => x.id)).toEqual([keep.id]);
    expect(after.notes.map((n) => n.sessionId)).toEqual([keep.id]);

    await store.restore(removed);
    expect(await dumpAll(db)).toEqual(before);
    await store.restore(removed); // twice: put by id, nothing duplicated
    expect(await dumpAll(db)).toEqual(before);
    await expect(store.deleteSession('missing')).rejects.toThrow('no longer exists');
  });

  it('keeps the introduction, closing, its heading and reference labels; a cleared one is gone', async () => {
    const { store, db } = await freshStore();
    const a = await store.createSession(input('A'));
    expect(Object.keys(a)).not.toContain('intro');
    const b = await store.updateSession(a.id, {
      intro: 'Hello **all**.',
      closing: 'Bye.',
      closingHeading: '  Closing\n Remarks ',
      labels: { 'https://example.com/a': 'nexus-lifecycle', 'https://example.com/b': '' },
      fields: { image: '/i.png', license_code: 'Apache-2.0' },
    });
    expect(b).toMatchObject({
      intro: 'Hello **all**.',
      closing: 'Bye.',
      closingHeading: 'Closing Remarks',
      labels: { 'https://example.com/a': 'nexus-lifecycle' },
      fields: { image: '/i.png', license_code: 'Apache-2.0' },
    });
    const c = await store.updateSession(a.id, { intro: '', labels: {}, fields: { image: '/i.png' } });
    expect(c.intro).toBeUndefined();
    expect(c.labels).toBeUndefined();
    expect(c).toMatchObject({ closing: 'Bye.', fields: { image: '/i.png' } });
    const before = await dumpAll(db);
    await expect(store.updateSession(a.id, { labels: { 'https://example.com/a': 'two words' } })).rejects.toThrow(
      'may have only letters, digits, - and _',
    );
    await expect(
      store.updateSession(a.id, { labels: { 'https://e.com/1': 'Same', 'https://e.com/2': 'same' } }),
    ).rejects.toThrow('Two links cannot both be labelled');
    await expect(store.updateSession(a.id, { labels: { 'javascript:x': 'x' } })).rejects.toThrow('http or https');
    await expect(store.updateSession(a.id, { labels: { 'ftp://example.com/a': 'x' } })).rejects.toThrow(
      'http or https',
    );
    await expect(store.updateSession(a.id, { labels: { 'https://exa mple.com/': 'x' } })).rejects.toThrow(
      'http or https',
    );
    expect(await dumpAll(db)).toEqual(before);
  });

  it("keeps a label under its address as safeHttpUrl writes it, the form the writeup's links take", async () => {
    const { store } = await freshStore();
    const a = await store.createSession(input('A'));
    const b = await store.updateSession(a.id, { labels: { 'HTTPS://Example.com/a b': 'post' } });
    expect(b.labels).toEqual({ 'https://example.com/a%20b': 'post' });
  });
});
