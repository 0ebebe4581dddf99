import { describe, expect, test } from 'vitest';
import type { Section } from './types';
import { followAfterChoosing, noteTarget } from './target';

const section = (id: string, videoId?: string): Section => ({
  id,
  sessionId: 's',
  title: `Title ${id}`,
  speaker: '',
  order: 0,
  createdAt: 0,
  updatedAt: 0,
  ...(videoId ? { source: { kind: 'youtube', videoId }, sourceKey: `youtube:${videoId}` } : {}),
});
const A = 'aaaaaaaaaaa';
const B = 'bbbbbbbbbbb';
const sections = [section('talk-a', A), section('open'), section('talk-b', B)];
const talk = (videoId: string, seconds: number | null, title = 'Talk') => ({
  source: { kind: 'youtube' as const, videoId },
  title,
  moment: seconds === null ? null : { videoId, seconds },
});
const following = { declinedVideoId: null };
const chose = (sectionId: string | null) => ({ sessionId: 's', sectionId });

describe('noteTarget', () => {
  test('no talk: the chosen section, without a time', () => {
    expect(noteTarget(null, chose('open'), following, sections)).toEqual({
      kind: 'section',
      sectionId: 'open',
      title: 'Title open',
    });
  });

  test('no talk and the chosen section is gone (or none chosen): the last section', () => {
    expect(noteTarget(null, chose('gone'), following, sections)).toMatchObject({
      kind: 'section',
      sectionId: 'talk-b',
    });
    expect(noteTarget(null, chose(null), following, sections)).toMatchObject({ kind: 'section', sectionId: 'talk-b' });
  });

  test('no talk and no section at all: a first "Notes" section', () => {
    expect(noteTarget(null, chose(null), following, [])).toEqual({ kind: 'section', sectionId: null, title: 'Notes' });
  });

  test('following a talk with a section: its section and its time, whatever is chosen', () => {
    expect(noteTarget(talk(B, 754.8), chose('open'), following, sections)).toEqual({
      kind: 'talk',
      sectionId: 'talk-b',
      title: 'Title talk-b',
      source: { kind: 'youtube', videoId: B },
      seconds: 754,
    });
  });

  test('following a talk without a section yet: its first note creates one named after the talk', () => {
    const C = 'ccccccccccc';
    expect(noteTarget(talk(C, 10, 'Talk C'), chose('open'), following, sections)).toMatchObject({
      kind: 'talk',
      sectionId: null,
      title: 'Talk C',
      seconds: 10,
    });
    expect(noteTarget(talk(C, 10, '  '), chose('open'), following, sections)).toMatchObject({
      title: `YouTube video ${C}`,
    });
  });

  test('a talk whose time cannot be read: its section, without a time', () => {
    expect(noteTarget(talk(B, null), chose('open'), following, sections)).toMatchObject({
      kind: 'talk',
      sectionId: 'talk-b',
      seconds: null,
    });
  });

  test('a moment of another video counts for nothing', () => {
    const odd = { ...talk(B, 5), moment: { videoId: A, seconds: 5 } };
    expect(noteTarget(odd, chose('open'), following, sections)).toMatchObject({
      kind: 'talk',
      sectionId: 'talk-b',
      seconds: null,
    });
  });

  test('a declined talk: the chosen section, without the time', () => {
    expect(noteTarget(talk(B, 754), chose('open'), { declinedVideoId: B }, sections)).toEqual({
      kind: 'section',
      sectionId: 'open',
      title: 'Title open',
    });
  });

  test('a declined talk whose own section is chosen again is followed', () => {
    expect(noteTarget(talk(B, 754), chose('talk-b'), { declinedVideoId: B }, sections)).toMatchObject({
      kind: 'talk',
      seconds: 754,
    });
  });

  test('another talk than the declined one is followed', () => {
    expect(noteTarget(talk(A, 30), chose('open'), { declinedVideoId: B }, sections)).toMatchObject({
      kind: 'talk',
      sectionId: 'talk-a',
      seconds: 30,
    });
  });

  test('a declined talk with no section chosen and none left: a first "Notes" section', () => {
    expect(noteTarget(talk(B, 1), chose(null), { declinedVideoId: B }, [])).toEqual({
      kind: 'section',
      sectionId: null,
      title: 'Notes',
    });
  });
});

describe('followAfterChoosing', () => {
  test('choosing with no talk showing follows (nothing to decline)', () => {
    expect(followAfterChoosing('open', null, sections)).toEqual({ declinedVideoId: null });
  });
  test('choosing another section while a talk shows declines that talk', () => {
    expect(followAfterChoosing('open', B, sections)).toEqual({ declinedVideoId: B });
    expect(followAfterChoosing('talk-a', B, sections)).toEqual({ declinedVideoId: B });
  });
  test("choosing the talk's own section follows it", () => {
    expect(followAfterChoosing('talk-b', B, sections)).toEqual({ declinedVideoId: null });
  });
});
