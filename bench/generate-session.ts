/**
 * Deterministic made-up conference sessions of any size, for the benchmarks: the same `notes` count always gives
 * the same records (a seeded generator, fixed clock), so figures from two runs measure the code, not the data.
 *
 * Shape: about √notes talks (YouTube sections in a playlist) plus an "Open Spaces" free section, so 1,000 notes
 * are 32 talks of ~30 notes and 10,000 are 100 talks of ~100. Per note: 55% timestamped text (some with Markdown),
 * 15% text without a moment, 12% quotes, 15% tweets (mentions, hashtags, links, emoji, photos, quoted tweets,
 * threads) and 3% page clips. Every name and id is invented.
 */
import type { BackupEntry } from '../src/backup/format';
import type { Note, Section, Session, Post, PostPart } from '../src/model/types';
import { writeupInput, type WriteupInput } from '../src/export/writeup-input';

const T0 = Date.UTC(2026, 3, 14, 8, 30, 0);
const WORDS = (
  'deploy rollback pager alert dashboard incident review latency budget queue retry cache owner ' +
  'runbook canary metric trace log span toil chaos outage postmortem shard replica quorum lease leader ' +
  'backlog pairing culture hiring onboarding feedback blameless timeline severity escalation'
).split(' ');
const PEOPLE = ['Ana Ruiz', 'Bo Chen', 'Caro Mbeki', 'Dev Patel', 'Elin Berg', 'Femi Ade', 'Gus Novak', 'Hana Sato'];

/** mulberry32: a tiny seeded PRNG, good enough to vary benchmark data deterministically. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSession(notes: number, seed = 2026): BackupEntry {
  const rnd = random(seed + notes);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sessionId = `bench-session-${notes}`;
  const session: Session = {
    id: sessionId,
    title: `Bench Conf ${notes}`,
    date: '2026-04-14',
    description: 'A made-up conference for the benchmarks.',
    tags: ['bench', 'ops'],
    categories: ['events'],
    fields: { image: '/img/bench.png' },
    createdAt: T0,
    updatedAt: T0,
  };
  const talks = Math.max(1, Math.round(Math.sqrt(notes)));
  const sections: Section[] = Array.from({ length: talks + 1 }, (_, i): Section => {
    const base = { id: `${sessionId}-s${i}`, sessionId, order: (i + 1) * 1024, createdAt: T0 + i, updatedAt: T0 + i };
    if (i === talks) return { ...base, title: 'Open Spaces', speaker: '' };
    const videoId = `bn${String(notes).padStart(5, '0')}${String(i).padStart(4, '0')}`.slice(0, 11);
    return {
      ...base,
      title: `${words(3)} at scale`,
      speaker: pick(PEOPLE),
      sourceKey: `youtube:${videoId}`,
      source: {
        kind: 'youtube',
        videoId,
        list: 'PLbenchConf2026',
        index: i + 1,
        channel: 'Bench Conf',
        channelUrl: 'https://www.youtube.com/@benchconf',
        duration: 1800,
      },
    };
  });

  const tweet = (id: string, deep: boolean): Post => {
    const handle = pick(PEOPLE).split(' ')[0]!.toLowerCase();
    const parts: PostPart[] = [
      { type: 'text', text: `${words(8)} ` },
      { type: 'mention', text: `@${handle}`, handle },
      { type: 'text', text: ` ${words(5)} ` },
      { type: 'hashtag', text: '#BenchConf', tag: 'BenchConf' },
      { type: 'emoji', text: '🚀' },
    ];
    if (rnd() < 0.4)
      parts.push({
        type: 'url',
        text: 'example.com/slides',
        href: 'https://t.co/bench01',
        expanded: 'https://example.com/slides',
      });
    return {
      network: 'x',
      id,
      url: `https://x.com/${handle}/status/${id}`,
      authorName: pick(PEOPLE),
      handle,
      parts,
      time: new Date(T0 + Number(id.slice(-6)) * 1000).toISOString(),
      lang: 'en',
      media:
        rnd() < 0.3
          ? [{ type: 'photo', url: `https://pbs.twimg.com/media/bench${id.slice(-4)}.jpg`, alt: words(4) }]
          : [],
      ...(deep && rnd() < 0.2 ? { quoted: tweet(`${id}1`, false) } : {}),
      ...(deep && rnd() < 0.1 ? { thread: [tweet(`${id}2`, false), tweet(`${id}3`, false)] } : {}),
    };
  };

  const list: Note[] = [];
  const perSection = new Map<string, number>();
  for (let n = 0; n < notes; n++) {
    const section = sections[rnd() < 0.05 ? talks : Math.min(talks - 1, Math.floor((n / notes) * talks))]!;
    const position = (perSection.get(section.id) ?? 0) + 1;
    perSection.set(section.id, position);
    const base = {
      id: `${sessionId}-n${n}`,
      sessionId,
      sectionId: section.id,
      order: position * 1024,
      createdAt: T0 + n * 7000,
      updatedAt: T0 + n * 7000,
    };
    const at = section.source ? { videoId: section.source.videoId, seconds: Math.min(1799, position * 17) } : undefined;
    const roll = rnd();
    if (roll < 0.7) {
      const text =
        rnd() < 0.2
          ? `**${words(2)}**: ${words(12)}\n\n- ${words(4)}\n- ${words(5)}`
          : words(10 + Math.floor(rnd() * 20));
      list.push({ ...base, kind: 'text', text, ...(roll < 0.55 && at ? { at } : {}) });
    } else if (roll < 0.82) {
      list.push({ ...base, kind: 'quote', text: `${words(14)}.`, cite: section.speaker, ...(at ? { at } : {}) });
    } else if (roll < 0.97) {
      const id = String(1900000000000000000n + BigInt(notes) * 1000000n + BigInt(n));
      list.push({
        ...base,
        kind: 'post',
        post: tweet(id, true),
        comment: rnd() < 0.5 ? words(6) : '',
        sourceKey: `x:${id}`,
      });
    } else {
      list.push({
        ...base,
        kind: 'page',
        url: `https://example.org/post/${n}`,
        title: words(5),
        selection: words(12),
        comment: words(4),
      });
    }
  }
  return { session, sections, notes: list };
}

/** The entry as the renderer takes it (the same shape the store's loadSession gives the panel). */
export function toContents(entry: BackupEntry): WriteupInput {
  return writeupInput(entry.session, entry.sections, entry.notes);
}

/** The text of a backup file holding these sessions. */
export function backupText(entries: BackupEntry[]): string {
  return JSON.stringify({
    format: 'confnotes-backup',
    version: 1,
    exportedAt: '2026-04-15T00:00:00.000Z',
    sessions: entries,
  });
}
