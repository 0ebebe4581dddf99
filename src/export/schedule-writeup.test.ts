// The writeup of a session taken in the room from the event's schedule: talks in schedule order with their room and
// slot, the schedule page linked while no video is, a cancelled talk marked; notes taken by the clock as their time
// into the talk ("+12:05"), or, once the talk's recording is linked and aligned, as timestamps like any other.
// Golden: test/golden/conference/schedule-*.md (regenerate with UPDATE_GOLDEN=1 and review the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Note, Section, Session } from '../model/types';
import { alignAt } from '../schedule/clock';
import { parseSchedule } from '../schedule/parse-schedule';
import { sectionFieldsOf } from '../schedule/section-talk';
import { EVENT_ZONE, fixture } from '../schedule/test-fixtures';
import type { ExportSettings } from '../settings/settings';
import type { WriteupInput } from './writeup-input';
import { renderWriteup } from './writeup';

const DIR = path.resolve(import.meta.dirname, '../../test/golden/conference');

function contents(): WriteupInput {
  const session: Session = {
    id: 'demo',
    title: 'Demo Conf 2026',
    date: '2026-03-28',
    description: '',
    tags: [],
    categories: [],
    fields: {},
    createdAt: 0,
    updatedAt: 0,
  };
  const talks = parseSchedule(fixture('pretalx-v1.json'), { timeZone: EVENT_ZONE }).talks.slice(0, 3);
  const sections: Section[] = talks.map((talk, i) => ({
    id: `s${i}`,
    sessionId: session.id,
    ...sectionFieldsOf(talk),
    order: i + 1,
    createdAt: 0,
    updatedAt: 0,
  }));
  // The opening's recording: its scheduled start is at 0:48 in the video.
  sections[0]!.source = { kind: 'youtube', videoId: 'cnfTalkAAA1', alignment: alignAt(talks[0]!.start, 48) };
  sections[2]!.schedule = { ...sections[2]!.schedule!, status: 'cancelled' };
  const clock = (at: number) => ({ at, timeZone: 'Europe/Berlin' });
  const note = (id: string, sectionId: string, order: number, text: string, at: number): Note => ({
    id,
    sessionId: session.id,
    sectionId,
    order,
    kind: 'text',
    text,
    clock: clock(at),
    createdAt: 0,
    updatedAt: 0,
  });
  const start = (i: number) => talks[i]!.start;
  const notesBySection = new Map<string, Note[]>([
    [
      's0',
      [
        note('n1', 's0', 1, 'Edge devices sync late', start(0) + 725_000),
        note('n2', 's0', 2, 'CRDTs *again*', start(0) + 1_800_400),
      ],
    ],
    ['s1', [note('n3', 's1', 1, 'RRULEs are a language', start(1) + 1_200_000)]],
    ['s2', [note('n4', 's2', 1, 'Came anyway: the speaker did not', start(2) + 60_000)]],
  ]);
  return { session, sections, notesBySection };
}

const BASE: ExportSettings = {
  tweets: 'quote',
  timestamps: 'linked',
  links: 'inline',
  heading: 'speaker-title',
  frontMatter: false,
  channel: true,
  images: 'moment',
};

it.each([
  ['schedule-linked.md', BASE],
  ['schedule-plain-reference.md', { ...BASE, timestamps: 'plain', links: 'reference', heading: 'title' }],
  ['schedule-off.md', { ...BASE, timestamps: 'off' }],
] as [string, ExportSettings][])('%s', (file, settings) => {
  const actual = renderWriteup(contents(), settings);
  const target = path.join(DIR, file);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(target)) {
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`${target} is missing: run with UPDATE_GOLDEN=1, then review it`);
    writeFileSync(target, actual);
  }
  expect(actual).toBe(readFileSync(target, 'utf8'));
});

it('an aligned note is within a second of its moment in the recording', () => {
  const md = renderWriteup(contents(), BASE);
  // 48 s + 12:05 = 773 s; 48 s + 30:00.4 = 1848 s (rounded to the nearest second).
  expect(md).toContain('[12:53](https://www.youtube.com/watch?v=cnfTalkAAA1&t=773s) Edge devices sync late');
  expect(md).toContain('[30:48](https://www.youtube.com/watch?v=cnfTalkAAA1&t=1848s)');
  expect(md).toContain('+20:00 RRULEs are a language');
});
