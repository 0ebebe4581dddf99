// @vitest-environment jsdom
/**
 * A timestamped note taken in the panel appears at once: the capture resolves the note the background stored,
 * and the workspace shows it without reading the (possibly 10,000-note) session again.
 */
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { BackgroundRequests } from '../../../src/messages';
import type { Store } from '../../../src/store/api';
import { freshStore } from '../../../src/store/test-support';
import { memoryChanges, memorySelection, type PageDeps } from '../../../src/ui/page-deps';
import { useCapture, type Ask } from '../../../src/ui/use-capture';
import { WorkspaceView } from '../../../src/ui/workspace';

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

const moment = { videoId: 'cnfTalkAAA1', seconds: 65 };

/** The background's side of note/capture, over the same store: writes the note into the chosen section. */
function background(store: Store): Ask {
  return (async (type: keyof BackgroundRequests, payload: never) => {
    if (type === 'context/moment') return { moment, source: { kind: 'youtube', videoId: moment.videoId }, title: 'Talk', problem: '' };
    if (type === 'note/capture') {
      const { text, target } = payload as BackgroundRequests['note/capture'][0];
      return { note: await store.addNote(target!.sessionId!, target!.sectionId!, { kind: 'text', text, at: moment }) };
    }
    return { ok: true };
  }) as Ask;
}

function Panel({ deps, ask }: { deps: PageDeps; ask: Ask }) {
  const capture = useCapture(ask);
  return <WorkspaceView deps={deps} capture={capture} />;
}

test('the stored note shows at once, with its moment, and the session is not read again', async () => {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'DevOpsDays London 2018', date: '', description: '', tags: [], categories: [] });
  await store.addSection(session.id, { title: 'Keynote' });
  let reads = 0;
  const counted: Store = { ...store, loadPartialSession: (...args) => { reads += 1; return store.loadPartialSession(...args); } };
  render(<Panel deps={{ store: counted, selection: memorySelection(), changes: memoryChanges() }} ask={background(store)} />);
  const box = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
  await screen.findByRole('heading', { name: 'Keynote' });
  await waitFor(() => expect(document.querySelector('main.sections[aria-busy="true"]')).toBeNull());
  const readsBefore = reads;
  fireEvent.input(box, { target: { value: 'Deploy on Fridays' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await screen.findByText('Deploy on Fridays');
  await waitFor(() => expect(box.value).toBe(''));
  expect(screen.getByRole('link', { name: /1:05/ })).toBeTruthy();
  expect(reads).toBe(readsBefore);
});

test('while a talk note is typed, the composer says it goes to the talk’s section, not the chosen one', async () => {
  const { store } = await freshStore();
  const session = await store.createSession({ title: 'DevOpsDays London 2018', date: '', description: '', tags: [], categories: [] });
  const keynote = await store.addSection(session.id, { title: 'Keynote' });
  const source = { kind: 'youtube' as const, videoId: moment.videoId };
  await store.addSection(session.id, { title: 'Fridays (renamed by me)', source });
  const deps: PageDeps = { store, selection: memorySelection({ sessionId: session.id, sectionId: keynote.id }), changes: memoryChanges() };
  render(<Panel deps={deps} ask={background(store)} />);
  const box = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
  await screen.findByRole('heading', { name: 'Keynote' });
  expect(document.querySelector('.goes-to')).toBeNull();
  fireEvent.input(box, { target: { value: 'D' } });
  const hint = await screen.findByText('This note goes to the talk’s section: “Fridays (renamed by me)”.');
  expect(screen.getByRole('combobox', { name: 'Section' }).getAttribute('aria-describedby')).toBe(hint.id);
});
