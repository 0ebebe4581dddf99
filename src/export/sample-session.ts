/**
 * A made-up conference, used by the options page's live preview and by the golden tests: an introduction and
 * closing remarks, talks watched in a playlist, a free "Open Spaces" section, timestamped notes, a quote of the
 * speaker, a sub-heading, tweets (with a mention, hashtag, cashtag, link, emoji, a photo, a quoted tweet and a
 * thread) and a page clip. Only what the panel can make. Every name, handle and id here is invented.
 */
import type { Note, Section, Session, Post } from '../model/types';
import { writeupInput, type WriteupInput } from './writeup-input';

const T = Date.UTC(2025, 5, 12, 9, 0, 0);
const LIST = 'PLsampleHarbourOps2025';

export const sampleSession: Session = {
  id: 'sample-session',
  title: 'HarbourOps Day 2025',
  date: '2025-06-12',
  description: 'Notes from a day of talks about running software in small teams.',
  tags: ['devops', 'observability', 'on-call'],
  categories: ['events', 'harbourops'],
  fields: { image: '/img/harbourops-2025.png', license_prose: 'CC-BY-4.0' },
  intro: 'My first HarbourOps: one track, seven talks, and a long queue for coffee. The notes I kept, tidied up.',
  closing: 'Thanks to the volunteers who ran the room. Next year I want to give a talk myself.',
  closingHeading: 'Closing Remarks',
  createdAt: T,
  updatedAt: T,
};

function section(id: string, order: number, title: string, speaker: string, videoId?: string, index?: number): Section {
  return {
    id,
    sessionId: sampleSession.id,
    title,
    speaker,
    order,
    createdAt: T,
    updatedAt: T,
    ...(videoId
      ? {
          source: {
            kind: 'youtube' as const,
            videoId,
            list: LIST,
            index,
            channel: 'HarbourOps Conference',
            channelUrl: 'https://www.youtube.com/@harbourops',
          },
          sourceKey: `youtube:${videoId}`,
        }
      : {}),
  };
}

export const sampleSections: Section[] = [
  section('s-talk-1', 1024, 'Pager Fatigue Is a Design Bug', 'Mira Okafor', 'Hb0aRtal001', 1),
  section('s-talk-2', 2048, 'Dashboards Nobody Reads', 'Tomás Lindqvist', 'Hb0aRtal002', 2),
  section('s-open', 3072, 'Open Spaces', ''),
];

const base = (id: string, sectionId: string, order: number) => ({
  id,
  sessionId: sampleSession.id,
  sectionId,
  order,
  createdAt: T + order,
  updatedAt: T + order,
});

const quotedTweet: Post = {
  network: 'x',
  id: '1800000000000000001',
  url: 'https://x.com/harbour_ops/status/1800000000000000001',
  authorName: 'HarbourOps',
  handle: 'harbour_ops',
  time: '2025-06-11T17:30:00.000Z',
  lang: 'en',
  media: [],
  parts: [{ type: 'text', text: 'Doors open at 9. Bring questions, not slides.' }],
};

const tweetWithPhoto: Post = {
  network: 'x',
  id: '1800000000000000042',
  url: 'https://x.com/devon_writes/status/1800000000000000042',
  authorName: 'Devon Reyes 🚢',
  handle: 'devon_writes',
  time: '2025-06-12T09:41:07.000Z',
  lang: 'en',
  parts: [
    { type: 'mention', text: '@mira_okafor', handle: 'mira_okafor' },
    { type: 'text', text: ' on alerts: "if it pages at 3am, it had better need a human" ' },
    { type: 'emoji', text: '💯' },
    { type: 'text', text: '\nSlides: ' },
    {
      type: 'url',
      text: 'example.com/pager-talk',
      href: 'https://t.co/AbCdEf1234',
      expanded: 'https://example.com/pager-talk',
    },
    { type: 'text', text: ' ' },
    { type: 'hashtag', text: '#HarbourOps', tag: 'HarbourOps' },
  ],
  media: [
    {
      type: 'photo',
      url: 'https://pbs.twimg.com/media/SampleSlide01?format=jpg&name=large',
      alt: 'A slide reading: page less',
    },
  ],
  quoted: quotedTweet,
};

const threadTweet: Post = {
  network: 'x',
  id: '1800000000000000077',
  url: 'https://x.com/lin_builds/status/1800000000000000077',
  authorName: 'Lin Park',
  handle: 'lin_builds',
  time: '2025-06-12T11:02:00.000Z',
  lang: 'en',
  media: [],
  parts: [
    { type: 'text', text: "Thread on Tomás's talk. Counting dashboards: we had 212, and 9 were opened last month. " },
    { type: 'cashtag', text: '$GRAF', symbol: 'GRAF' },
  ],
  thread: [
    {
      network: 'x',
      id: '1800000000000000078',
      url: 'https://x.com/lin_builds/status/1800000000000000078',
      authorName: 'Lin Park',
      handle: 'lin_builds',
      time: '2025-06-12T11:04:00.000Z',
      lang: 'en',
      media: [],
      parts: [{ type: 'text', text: 'His rule: every dashboard names an owner & a question it answers <or it goes>.' }],
    },
  ],
};

export const sampleNotes: Note[] = [
  {
    ...base('n1', 's-talk-1', 1024),
    kind: 'text',
    text: "Mira opened with the team's **on-call numbers** from last year.",
    at: { videoId: 'Hb0aRtal001', seconds: 95 },
  },
  {
    ...base('n2', 's-talk-1', 2048),
    kind: 'quote',
    text: 'An alert that nobody acts on is a tax, not a signal.',
    cite: 'Mira Okafor',
    at: { videoId: 'Hb0aRtal001', seconds: 754 },
  },
  {
    ...base('n3', 's-talk-1', 3072),
    kind: 'post',
    post: tweetWithPhoto,
    comment: 'The line everyone repeated at lunch:',
  },
  {
    ...base('n4', 's-talk-1', 4096),
    kind: 'text',
    text: 'Three things to try:\n\n- delete alerts nobody acted on in 30 days\n- page on symptoms, not causes\n- review every page in the retro',
  },
  {
    ...base('n5', 's-talk-2', 1024),
    kind: 'text',
    text: 'Started with a live count of the dashboards in his company.',
    at: { videoId: 'Hb0aRtal002', seconds: 3725 },
  },
  { ...base('n6', 's-talk-2', 2048), kind: 'post', post: threadTweet, comment: '' },
  { ...base('n9', 's-talk-2', 2560), kind: 'heading', text: 'Owners, not viewers' },
  {
    ...base('n7', 's-talk-2', 3072),
    kind: 'page',
    url: 'https://example.org/blog/dashboard-owners',
    title: 'Why every dashboard needs an owner',
    selection: '',
    comment: 'The post he pointed us to afterwards.',
  },
  {
    // "Clip selection to session" on that post: a quote of the page.
    ...base('n10', 's-talk-2', 3584),
    kind: 'quote',
    text: 'Ownership is the cheapest form of documentation.',
    cite: 'Why every dashboard needs an owner',
    url: 'https://example.org/blog/dashboard-owners',
  },
  {
    ...base('n8', 's-open', 1024),
    kind: 'text',
    text: 'A circle of twenty people on **incident reviews** without blame. Take-away: write the timeline first, opinions later.',
  },
];

export function sampleContents(): WriteupInput {
  return writeupInput(sampleSession, sampleSections, sampleNotes);
}
