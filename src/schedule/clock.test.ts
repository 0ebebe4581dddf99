import { describe, expect, test } from 'vitest';
import type { Note, Section, TextNote } from '../model/types';
import { alignAt, clockStamp, parseVideoTime, timeIntoTalk, videoMomentOf, videoSecondsAt } from './clock';

const talkStart = Date.parse('2026-03-29T09:30:00+02:00');
const section = (alignment?: { clock: number; seconds: number }): Pick<Section, 'source'> => ({
  source: { kind: 'youtube', videoId: 'dQw4w9WgXcQ', ...(alignment ? { alignment } : {}) },
});
const note = (at: number, extra: Partial<TextNote> = {}): Note => ({
  id: `n${at}`,
  sessionId: 's',
  sectionId: 'c',
  order: 1,
  createdAt: at,
  updatedAt: at,
  kind: 'text',
  text: 'x',
  clock: clockStamp(at, 'Europe/Berlin'),
  ...extra,
});

test('time into the talk', () => {
  expect(timeIntoTalk(talkStart + (12 * 60 + 5) * 1000 + 999, talkStart)).toBe('+12:05');
  expect(timeIntoTalk(talkStart, talkStart)).toBe('+0:00');
  expect(timeIntoTalk(talkStart + 3723_000, talkStart)).toBe('+1:02:03');
  expect(timeIntoTalk(talkStart - 30_000, talkStart)).toBe('\u22120:30');
});

describe('a recording aligned once gives every clock-stamped note its moment, within one second', () => {
  // The truth: the recording began 3:12 before the talk's scheduled start; notes fall at odd milliseconds.
  const recordingStart = talkStart - 192_000;
  const truth = (clock: number) => (clock - recordingStart) / 1000;
  const clocks = [
    talkStart + 40_400,
    talkStart + 5 * 60_000 + 123,
    talkStart + 31 * 60_000 + 999,
    talkStart + 44 * 60_000 + 500,
  ];

  test('aligned by "the talk starts at 3:12 in the video"', () => {
    const linked = section(alignAt(talkStart, parseVideoTime('3:12')!));
    for (const clock of clocks) {
      const moment = videoMomentOf(note(clock), linked)!;
      expect(moment.videoId).toBe('dQw4w9WgXcQ');
      expect(Math.abs(moment.seconds - truth(clock))).toBeLessThanOrEqual(0.5);
    }
  });

  test('aligned by a note and the video moment it belongs to', () => {
    const picked = clocks[1]!;
    const linked = section(alignAt(picked, truth(picked)));
    for (const clock of clocks)
      expect(Math.abs(videoMomentOf(note(clock), linked)!.seconds - truth(clock))).toBeLessThanOrEqual(0.5);
  });

  test('changing the alignment moves them all by the same amount', () => {
    const before = clocks.map((c) => videoMomentOf(note(c), section(alignAt(talkStart, 192)))!.seconds);
    const after = clocks.map((c) => videoMomentOf(note(c), section(alignAt(talkStart, 192 + 40)))!.seconds);
    expect(after.map((s, i) => s - before[i]!)).toEqual([40, 40, 40, 40]);
  });
});

test('no moment without an alignment or a clock stamp; a video moment taken while watching wins; never before 0:00', () => {
  const aligned = section(alignAt(talkStart, 10));
  expect(videoMomentOf(note(talkStart), section())).toBeNull();
  expect(videoMomentOf(note(talkStart, { clock: undefined }), aligned)).toBeNull();
  expect(videoMomentOf(note(talkStart, { at: { videoId: 'abcdefghijk', seconds: 7 } }), aligned)).toEqual({
    videoId: 'abcdefghijk',
    seconds: 7,
  });
  expect(videoMomentOf(note(talkStart - 60_000), aligned)?.seconds).toBe(0);
  expect(videoSecondsAt(talkStart - 60_000, alignAt(talkStart, 10))).toBe(-50);
});

test('video times as typed or pasted', () => {
  expect(
    [
      '3:12',
      '192',
      '3m12s',
      '0h3m12s',
      '03:12',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=192s',
      'https://youtu.be/dQw4w9WgXcQ?t=3m12s',
    ].map(parseVideoTime),
  ).toEqual([192, 192, 192, 192, 192, 192, 192]);
  expect(parseVideoTime('1:02:03')).toBe(3723);
  expect(
    ['', 'soon', '3:75', '1:75:00', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'http://['].map(parseVideoTime),
  ).toEqual([null, null, null, null, null, null]);
});
