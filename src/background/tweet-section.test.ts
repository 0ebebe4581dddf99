import { expect, test } from 'vitest';
import type { Section } from '../model/types';
import { pickSection } from './tweet-section';

const section = (id: string, videoId?: string): Section => ({
  id, sessionId: 's', title: id, speaker: '', order: 0, createdAt: 0, updatedAt: 0,
  ...(videoId ? { source: { kind: 'youtube', videoId }, sourceKey: `youtube:${videoId}` } : {}),
});
const sections = [section('intro'), section('talk-a', 'aaaaaaaaaaa'), section('talk-b', 'bbbbbbbbbbb'), section('open-spaces')];

test('the talk being watched wins when it has a section', () => {
  expect(pickSection(sections, { sessionId: 's', sectionId: 'intro' }, ['zzzzzzzzzzz', 'bbbbbbbbbbb'])?.id).toBe('talk-b');
});

test('else the chosen section, else the last one, else none', () => {
  expect(pickSection(sections, { sessionId: 's', sectionId: 'intro' }, ['zzzzzzzzzzz'])?.id).toBe('intro');
  expect(pickSection(sections, { sessionId: 's', sectionId: 'gone' }, [])?.id).toBe('open-spaces');
  expect(pickSection([], { sessionId: 's', sectionId: null }, ['aaaaaaaaaaa'])).toBeUndefined();
});
