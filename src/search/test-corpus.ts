/**
 * A small workspace of our own for the search's golden tests: two events, talks with and without notes, every kind
 * of note (a snapshot too), accents, a handle with an underscore, and hostile text that must stay text.
 */
import type { Note, Section, Session, Post } from '../model/types';

const times = { createdAt: 1, updatedAt: 1 };

export const sessions: Session[] = [
  {
    id: 's-lisbon',
    title: 'Platform Days Lisbon 2026',
    date: '2026-05-12',
    description: '',
    tags: ['devops', 'platform'],
    categories: [],
    fields: {},
    ...times,
  },
  {
    id: 's-malmo',
    title: 'Frontend Summit Malmö',
    date: '2026-09-03',
    description: '',
    tags: ['css'],
    categories: [],
    fields: {},
    ...times,
  },
];

function section(id: string, sessionId: string, title: string, speaker: string, order: number): Section {
  return { id, sessionId, title, speaker, order, ...times };
}

export const sections: Section[] = [
  section('fargate', 's-lisbon', 'Serverless at scale: what Fargate cost us', 'Inês Cardoso', 1),
  section('dashboards', 's-lisbon', 'Dashboards nobody reads', 'Tomasz Wójcik', 2),
  section('hallway', 's-lisbon', 'Hallway track', '', 3),
  section('unwatched', 's-lisbon', 'Kubernetes operators in anger', 'Priya Raman', 4),
  section('grid', 's-malmo', 'Subgrid in the wild', 'Zoë Lindqvist', 1),
];

function tweet(id: string, handle: string, authorName: string, text: string, extra: Partial<Post> = {}): Post {
  return {
    network: 'x',
    id,
    url: `https://x.com/${handle}/status/${id}`,
    authorName,
    handle,
    parts: [{ type: 'text', text }],
    time: '2026-05-12T10:00:00.000Z',
    lang: 'en',
    media: [],
    ...extra,
  };
}

const base = (id: string, sectionId: string, sessionId = 's-lisbon') => ({
  id,
  sectionId,
  sessionId,
  order: 1,
  ...times,
});

export const notes: Note[] = [
  {
    ...base('n-cost', 'fargate'),
    kind: 'text',
    text: 'The bill doubled until they right-sized every task',
    at: { videoId: 'aaaaaaaaaaa', seconds: 312 },
  },
  { ...base('n-budget', 'fargate'), kind: 'text', text: 'Set an error budget per service, not per team' },
  { ...base('n-budget2', 'dashboards'), kind: 'text', text: 'A budget for error pages is a different thing' },
  {
    ...base('n-quote', 'dashboards'),
    kind: 'quote',
    text: 'If nobody looks at a dashboard, delete it',
    cite: 'Tomasz Wójcik',
    clock: { at: Date.UTC(2026, 4, 12, 11, 5), timeZone: 'Europe/Lisbon' },
  },
  {
    ...base('n-tweet', 'dashboards'),
    kind: 'post',
    post: tweet('1790000000000000001', 'ops_jane', 'Jane Okafor', 'Death by dashboards is real. Alert on symptoms!'),
    comment: 'Matches what the talk said about alerting',
  },
  {
    ...base('n-tweet2', 'hallway'),
    kind: 'post',
    post: tweet('1790000000000000002', 'kubecat', 'Kube Cat', 'Café queue longer than the keynote queue', {
      quoted: tweet('1790000000000000003', 'ops_jane', 'Jane Okafor', 'Where is the coffee?'),
    }),
    comment: '',
  },
  {
    ...base('n-page', 'hallway'),
    kind: 'page',
    url: 'https://example.org/blog/observability-maturity',
    title: 'An observability maturity model',
    selection: 'Level three teams page on symptoms',
    comment: 'Recommended in the hallway',
  },
  { ...base('n-heading', 'fargate'), kind: 'heading', text: 'Spot capacity' },
  {
    ...base('n-hostile', 'hallway'),
    kind: 'text',
    text: 'Someone pasted <img src=x onerror=alert(1)> and [a](javascript:x) .*+?',
  },
  { ...base('n-grid', 'grid', 's-malmo'), kind: 'text', text: 'Subgrid lets cards line up their footers' },
  {
    ...base('n-snapshot', 'fargate'),
    kind: 'text',
    text: 'Task sizes before and after',
    image: { id: 'img-1', width: 1920, height: 1080, mime: 'image/webp' },
  },
];
