/**
 * Matching a conference's playlist to its talks by title, for "Link video" on a playlist page: each proposal pairs
 * one video with one talk, best matches first; the user confirms. Recording teams decorate titles ("38C3 - Title",
 * "Title | Speaker | Conf 2026"), so a talk matches a video whose title holds the talk title's words (accents,
 * case and punctuation aside), and the speakers' names settle near ties.
 */
import type { Talk } from './talk';

export interface PlaylistVideo {
  videoId: string;
  title: string;
}

export interface VideoProposal {
  talkId: string;
  videoId: string;
  /** 0..1; proposals below `MIN_SCORE` are not made. */
  score: number;
}

export interface PlaylistMatch {
  proposals: VideoProposal[];
  /** Talks no video matched, in schedule order. */
  talksLeft: string[];
  /** Videos that matched no talk, in playlist order. */
  videosLeft: string[];
}

export const MIN_SCORE = 0.6;

export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface TalkWords {
  title: string[];
  distinct: number;
  names: string[];
}

function talkWords(talk: Pick<Talk, 'title' | 'speakers'>): TalkWords {
  const title = words(talk.title);
  const names = talk.speakers.flatMap(words);
  return { title, distinct: new Set(title).size + new Set(names).size, names: names.filter((w) => w.length > 2) };
}

function score(talk: TalkWords, video: ReadonlySet<string>): number {
  if (talk.title.length === 0 || video.size === 0) return 0;
  const held = talk.title.filter((w) => video.has(w)).length / talk.title.length;
  const named = talk.names.some((w) => video.has(w)) ? 0.1 : 0;
  const extra = Math.max(0, video.size - talk.distinct) * 0.01;
  return Math.max(0, Math.min(1, held * 0.9 + named - extra));
}

/** How well a video title names a talk: the share of the talk title's words it holds, less a little per extra word. */
export function matchScore(talk: Pick<Talk, 'title' | 'speakers'>, videoTitle: string): number {
  return score(talkWords(talk), new Set(words(videoTitle)));
}

export function matchPlaylist(talks: readonly Talk[], videos: readonly PlaylistVideo[]): PlaylistMatch {
  const pairs: VideoProposal[] = [];
  const videoWords = videos.map((v) => new Set(words(v.title)));
  for (const talk of talks) {
    const prepared = talkWords(talk);
    videos.forEach((video, i) => {
      const value = score(prepared, videoWords[i]!);
      if (value >= MIN_SCORE)
        pairs.push({ talkId: talk.talkId, videoId: video.videoId, score: Math.round(value * 1000) / 1000 });
    });
  }
  // Greedy, best first: each talk and each video at most once.
  pairs.sort((a, b) => b.score - a.score);
  const usedTalks = new Set<string>();
  const usedVideos = new Set<string>();
  const proposals: VideoProposal[] = [];
  for (const pair of pairs) {
    if (usedTalks.has(pair.talkId) || usedVideos.has(pair.videoId)) continue;
    usedTalks.add(pair.talkId);
    usedVideos.add(pair.videoId);
    proposals.push(pair);
  }
  return {
    proposals,
    talksLeft: talks.filter((t) => !usedTalks.has(t.talkId)).map((t) => t.talkId),
    videosLeft: videos.filter((v) => !usedVideos.has(v.videoId)).map((v) => v.videoId),
  };
}
