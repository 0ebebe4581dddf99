// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { BackgroundRequests } from '../messages';
import type { Ask } from './page-deps';
import type { FrozenMoment } from '../model/context';
import { NoteInput } from './note-input';
import { useCapture } from './use-capture';

afterEach(() => {
  cleanup();
  saved.length = 0;
});

const source = { kind: 'youtube' as const, videoId: 'cnfTalkAAA1' };
const at = (seconds: number): FrozenMoment => ({
  moment: { videoId: 'cnfTalkAAA1', seconds },
  source,
  title: 'Fridays',
  problem: '',
});

/** Answers like the background would, and records every request in order. */
function background(answers: { moments: number[]; frozen?: FrozenMoment | null; capture?: { error: string } }) {
  const calls: { type: string; payload: unknown }[] = [];
  const ask = (async (type: keyof BackgroundRequests, payload: unknown) => {
    calls.push({ type, payload });
    if (type === 'context/moment') return at(answers.moments.shift() ?? -1);
    if (type === 'capture/frozen') return answers.frozen ?? null;
    if (type === 'note/capture') return answers.capture ?? { value: { note: { id: 'n1' }, sectionTitle: 'Talk' } };
    return { ok: true };
  }) as Ask;
  return { ask, calls, of: (type: string) => calls.filter((c) => c.type === type) };
}

/** What each save resolved to. */
const saved: unknown[] = [];

function Harness({ ask, fromCommand }: { ask: Ask; fromCommand?: boolean }) {
  const capture = useCapture(ask, { fromCommand });
  const save = async (text: string) => {
    saved.push(await capture.save(text));
    return true;
  };
  return <NoteInput onStartTyping={capture.onStartTyping} onSave={save} />;
}

const box = () => screen.getByLabelText<HTMLTextAreaElement>('Note');
const type = (text: string) => fireEvent.input(box(), { target: { value: text } });
const enter = () => fireEvent.keyDown(box(), { key: 'Enter' });

test('the moment is taken at the first keystroke, not at Enter, and the talk resumes once saved', async () => {
  const bg = background({ moments: [65, 90] });
  render(<Harness ask={bg.ask} />);
  type('R');
  type('Rollback first');
  enter();
  await waitFor(() => expect(box().value).toBe(''));
  expect(bg.of('context/moment')).toEqual([{ type: 'context/moment', payload: { pause: true } }]);
  expect(bg.of('note/capture')[0]?.payload).toMatchObject({
    text: 'Rollback first',
    frozen: { moment: { videoId: 'cnfTalkAAA1', seconds: 65 }, source, title: 'Fridays' },
  });
  await waitFor(() => expect(bg.calls.at(-1)?.type).toBe('youtube/resume'));
  expect(saved).toEqual([{ note: { id: 'n1' }, sectionTitle: 'Talk' }]); // the stored note and where it went
});

test('the next note, and a note typed again after clearing the box, each get their own first keystroke', async () => {
  const bg = background({ moments: [10, 20, 30] });
  render(<Harness ask={bg.ask} />);
  type('a');
  type('');
  type('b');
  enter();
  await waitFor(() => expect(bg.of('note/capture')).toHaveLength(1));
  expect(bg.of('note/capture')[0]?.payload).toMatchObject({ text: 'b', frozen: { moment: { seconds: 20 } } });
  await waitFor(() => expect(box().value).toBe(''));
  type('c');
  enter();
  await waitFor(() => expect(bg.of('note/capture')).toHaveLength(2));
  expect(bg.of('note/capture')[1]?.payload).toMatchObject({ text: 'c', frozen: { moment: { seconds: 30 } } });
});

test('a refused save keeps the text and does not resume the talk', async () => {
  const bg = background({ moments: [65], capture: { error: 'The note was not saved: disk full' } });
  render(<Harness ask={bg.ask} />);
  type('Keep me');
  enter();
  await waitFor(() => expect(bg.of('note/capture')).toHaveLength(1));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(box().value).toBe('Keep me');
  expect(bg.of('youtube/resume')).toHaveLength(0);
});

test('quick capture from the add-note command uses the moment frozen at the key press', async () => {
  const bg = background({ moments: [99], frozen: at(30) });
  render(<Harness ask={bg.ask} fromCommand />);
  await waitFor(() => expect(bg.of('capture/frozen')).toHaveLength(1));
  type('Said at the key press');
  enter();
  await waitFor(() => expect(bg.of('note/capture')).toHaveLength(1));
  expect(bg.of('note/capture')[0]?.payload).toMatchObject({ frozen: { moment: { seconds: 30 } } });
  expect(bg.of('context/moment')).toHaveLength(0);
});

test('when the moment cannot be had, the note is still saved, without one', async () => {
  const bg = background({ moments: [] });
  const failing = (async (type: keyof BackgroundRequests, payload: unknown) => {
    if (type === 'context/moment') throw new Error('background asleep');
    return bg.ask(type, payload as never);
  }) as Ask;
  render(<Harness ask={failing} />);
  type('Still worth keeping');
  enter();
  await waitFor(() => expect(bg.of('note/capture')).toHaveLength(1));
  expect(bg.of('note/capture')[0]?.payload).toMatchObject({
    text: 'Still worth keeping',
    frozen: { moment: null, source: null },
  });
  await waitFor(() => expect(box().value).toBe(''));
});
