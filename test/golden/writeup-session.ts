/**
 * A session built with the structure of a real conference writeup (own words, invented names and ids): front
 * matter with extra fields, a two-paragraph introduction, free sections, every talk of a playlist in playlist order
 * (some with only their watch link), sub-sections inside a talk, quotes of the speaker with their time, a clipped
 * selection, page clips (one with a renamed reference label), a tweet, and closing remarks under their heading.
 */
import type { HeadingNote, Note, PageNote, QuoteNote, Section, Session, TextNote, PostNote } from '../../src/model/types';
import type { WriteupInput } from '../../src/export/writeup-input';

const T = Date.UTC(2019, 9, 3, 8, 0, 0);
export const WRITEUP_LIST = 'PLquaysideOps2019talks01';

export const writeupSession: Session = {
  id: 'quayside-2019',
  title: 'Quayside Ops Days 2019',
  date: '2019-10-03',
  description: 'Two days of talks and hallway chats about running software, written up.',
  tags: ['ops', 'security', 'teams'],
  categories: ['events', 'quayside'],
  fields: { image: '/img/quayside-2019.png', license_prose: 'CC-BY-NC-SA-4.0', license_code: 'Apache-2.0' },
  intro:
    'Quayside Ops Days was my first time on a conference stage, and the hallway was as good as the talks.\n\n' +
    'I kept a [list of the posts people shared](https://example.net/quayside-links) and put some of them below.',
  closing: 'Thanks to the organisers and the captioners. See you next year, maybe with a talk on pipelines.',
  closingHeading: 'Closing Remarks',
  labels: { 'https://example.org/tools/lockstep': 'lockstep-tool' },
  createdAt: T,
  updatedAt: T,
};

/** The playlist's talks, in playlist order; the ids are invented but shaped like YouTube's. */
export const writeupTalks = [
  { videoId: 'QsOps19v001', title: 'Empathy as an Operating Model', speaker: 'Ines Varga' },
  { videoId: 'QsOps19v002', title: 'Guarding Forty Cloud Accounts', speaker: 'Kofi Mensah' },
  { videoId: 'QsOps19v003', title: 'Calm Incidents', speaker: 'Rosa Lind' },
  { videoId: 'QsOps19v004', title: 'Shell Scripts Deserve Tests', speaker: 'Aleks Novak' },
  { videoId: 'QsOps19v005', title: 'A Monolith, Well Kept', speaker: 'Priya Natarajan' },
] as const;

const section = (id: string, order: number, title: string, speaker = '', i?: number): Section => {
  const talk = i === undefined ? undefined : writeupTalks[i];
  return {
    id,
    sessionId: writeupSession.id,
    title,
    speaker,
    order,
    createdAt: T,
    updatedAt: T,
    ...(talk && i !== undefined
      ? {
          source: {
            kind: 'youtube' as const,
            videoId: talk.videoId,
            list: WRITEUP_LIST,
            index: i + 1,
            channel: 'Quayside Ops',
            channelUrl: 'https://www.youtube.com/@quaysideops',
          },
          sourceKey: `youtube:${talk.videoId}`,
        }
      : {}),
  };
};

export const writeupSections: Section[] = [
  section('w-access', 1, 'Accessibility'),
  section('w-hallway', 2, 'Hallway Track'),
  ...writeupTalks.map((talk, i) => section(`w-talk-${i + 1}`, 10 + i, talk.title, talk.speaker, i)),
];

let order = 0;
const base = (sectionId: string) => {
  order += 1;
  return {
    id: `w-n${order}`,
    sessionId: writeupSession.id,
    sectionId,
    order,
    createdAt: T + order,
    updatedAt: T + order,
  };
};
const text = (sectionId: string, words: string, seconds?: number, videoId?: string): TextNote => ({
  ...base(sectionId),
  kind: 'text',
  text: words,
  ...(seconds !== undefined && videoId ? { at: { videoId, seconds } } : {}),
});
const heading = (sectionId: string, words: string): HeadingNote => ({ ...base(sectionId), kind: 'heading', text: words });
const quote = (sectionId: string, words: string, cite: string, seconds: number, videoId: string): QuoteNote => ({
  ...base(sectionId),
  kind: 'quote',
  text: words,
  cite,
  at: { videoId, seconds },
});
const page = (sectionId: string, url: string, title: string, comment: string, selection = ''): PageNote => ({
  ...base(sectionId),
  kind: 'page',
  url,
  title,
  selection,
  comment,
});

const tweet = (sectionId: string): PostNote => ({
  ...base(sectionId),
  kind: 'post',
  comment: '',
  post: {
    network: 'x',
    id: '1180000000000000011',
    url: 'https://x.com/harbour_notes/status/1180000000000000011',
    authorName: 'Harbour Notes',
    handle: 'harbour_notes',
    time: '2019-10-03T09:12:00.000Z',
    lang: 'en',
    media: [],
    parts: [
      { type: 'text', text: 'Nobody is full stack as a person. Great opener ' },
      { type: 'hashtag', text: '#QuaysideOps', tag: 'QuaysideOps' },
    ],
  },
});

const [v1, v2, , , v5] = writeupTalks.map((t) => t.videoId) as [string, string, string, string, string];

export const writeupNotes: Note[] = [
  text('w-access', 'Captions on a second screen and **pronoun stickers** at the desk: small things, noticed.'),
  text('w-hallway', 'Met three people who run the same queue software as we do; swapped war stories.'),
  text('w-talk-1', 'Ines framed operations as a practice of **empathy** between teams.', 95, v1),
  tweet('w-talk-1'),
  quote('w-talk-1', 'Look for wisdom in everyone on the team.', 'Ines Varga', 1312, v1),
  text('w-talk-2', 'Kofi runs security for forty accounts owned by a dozen teams.', 30, v2),
  quote('w-talk-2', 'Who owns the account owns its security.', 'Kofi Mensah', 245, v2),
  heading('w-talk-2', 'Provider Checks'),
  page('w-talk-2', 'https://example.org/tools/account-checker', 'Account Checker', 'is free, and flags public buckets.'),
  heading('w-talk-2', 'Lockstep'),
  page(
    'w-talk-2',
    'https://example.org/tools/lockstep',
    'Lockstep: rules for cloud resources',
    'Not in the talk, but we use it for the same job.',
  ),
  heading('w-talk-2', 'General notes'),
  text('w-talk-2', 'A wildcard principal means *any* account, not just yours.', 1800, v2),
  // A selection clipped from a page: a quote of the page, with its title and address.
  {
    ...base('w-talk-5'),
    kind: 'quote',
    text: 'Splitting a codebase does not split the problem.',
    cite: 'Well-kept monoliths are fine',
    url: 'https://example.com/blog/monoliths-are-fine',
  },
  text('w-talk-5', 'Priya argued for modules inside one deployable before any split.', 600, v5),
];

export function writeupContents(): WriteupInput {
  const notesBySection = new Map<string, Note[]>();
  for (const note of writeupNotes)
    notesBySection.set(note.sectionId, [...(notesBySection.get(note.sectionId) ?? []), note]);
  return { session: writeupSession, sections: writeupSections, notesBySection };
}
