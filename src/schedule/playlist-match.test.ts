import { expect, test } from 'vitest';
import { parseSchedule } from './parse-schedule';
import { matchPlaylist, matchScore, words } from './playlist-match';
import { fixture } from './test-fixtures';

const talks = parseSchedule(fixture('pretalx-v2.json')).talks;
const titleOf = (talkId: string) => talks.find((t) => t.talkId === talkId)!.title;

// Titles the way recording teams publish them, in upload order, with one video that is no talk.
const playlist = [
  { videoId: 'vid00000001', title: 'Demo Conf 2026 - Time zones are hard (Frank Offset)' },
  { videoId: 'vid00000002', title: 'Opening: Notes at the Edge | Ada Example | DemoConf26' },
  { videoId: 'vid00000003', title: 'Parsing calendars without tears (and iCalendar) - Bjorn Unicode, Chen Li' },
  { videoId: 'vid00000004', title: 'DemoConf 2026: Talk C' },
  { videoId: 'vid00000005', title: 'Trailer: see you at Demo Conf 2027!' },
  { videoId: 'vid00000006', title: 'Hands-on IndexedDB (workshop recording)' },
  { videoId: 'vid00000007', title: 'Closing - Ada Example' },
];

test('words ignore case, accents and punctuation', () => {
  expect(words('Björn Ünicode: Parsing—Calendars!')).toEqual(['bjorn', 'unicode', 'parsing', 'calendars']);
});

test('each video goes to the talk it names; the rest are left for the user', () => {
  const match = matchPlaylist(talks, playlist);
  expect(Object.fromEntries(match.proposals.map((p) => [p.videoId, titleOf(p.talkId)]))).toEqual({
    vid00000001: 'Time Zones Are Hard',
    vid00000002: 'Opening: Notes at the Edge',
    vid00000003: 'Parsing Calendars Without Tears (and iCalendar)',
    vid00000004: 'Talk C',
    vid00000006: 'Hands-on IndexedDB',
    vid00000007: 'Closing',
  });
  expect(match.videosLeft).toEqual(['vid00000005']);
  expect(match.talksLeft.map(titleOf)).toEqual([
    'Lightning Talks & <Friends>',
    'Offline First Workshop',
    'Late Night Lounge',
  ]);
});

test('a title sharing a few words is no match; a closer title wins over a looser one', () => {
  const workshop = talks.find((t) => t.title === 'Offline First Workshop')!;
  expect(matchScore(workshop, 'Hands-on IndexedDB (workshop recording)')).toBeLessThan(0.6);
  const match = matchPlaylist(talks, [
    {
      videoId: 'vidLoose001',
      title: 'Parsing Calendars Without Tears (and iCalendar) - teaser, highlights and more from the conference',
    },
    { videoId: 'vidExact001', title: 'Parsing Calendars Without Tears (and iCalendar)' },
  ]);
  expect(match.proposals.map((p) => p.videoId)).toEqual(['vidExact001']);
});
