/**
 * "Link the playlist's videos": when the recordings of a conference come out as a playlist, its videos are matched
 * to the session's talks from the schedule by title (src/schedule/playlist-match.ts), the user confirms the pairs,
 * and each confirmed talk is linked to its video with the playlist and its place in it (so the writeup's watch link
 * has `list` and `index`, and a later note on that video goes to the talk's section). Talks already linked to a
 * video are left as they are; nothing is written before the user confirms.
 */
import type { PlaylistTalk } from '../capture/youtube/playlist-talks';
import type { Id, Section } from '../model/types';
import { matchPlaylist } from '../schedule/playlist-match';
import { talkOf } from '../schedule/section-talk';
import type { Store } from '../store/api';
import type { Change } from './changes';

/** One proposed pair, in the words the panel shows. */
export interface PlaylistLinkProposal {
  sectionId: Id;
  sectionTitle: string;
  videoId: string;
  videoTitle: string;
  /** The video's place in the playlist, 1-based. */
  index: number;
  /** 0..1: how much of the talk's title the video's title holds. */
  score: number;
}

export interface PlaylistLinkPlan {
  proposals: PlaylistLinkProposal[];
  /** Talks from the schedule without a video yet that no video matched, by title. */
  talksLeft: string[];
  /** The playlist's videos that matched no talk (or whose talk already has one), by title. */
  videosLeft: string[];
}

interface Deps {
  store: Store;
  announce: (change: Change) => void;
}

export function playlistLinkActions({ store, announce }: Deps) {
  async function unlinkedTalks(sessionId: Id): Promise<{ all: Section[]; open: Section[] }> {
    if (!(await store.getSession(sessionId))) throw new Error('This session no longer exists.');
    const all = await store.listSections(sessionId);
    return {
      all,
      open: all
        .filter((s) => s.schedule && s.schedule.status !== 'cancelled' && !s.source)
        .sort((a, b) => a.order - b.order),
    };
  }

  return {
    /** Which talk each video of the playlist would link to; nothing is written. */
    async proposePlaylistLinks(sessionId: Id, videos: readonly PlaylistTalk[]): Promise<PlaylistLinkPlan> {
      const { all, open } = await unlinkedTalks(sessionId);
      const linked = new Set(all.map((s) => s.source?.videoId));
      const candidates = videos.filter((v) => !linked.has(v.source.videoId));
      const talks = open.map((s) => ({ section: s, talk: { ...talkOf(s)!, talkId: s.id } }));
      const match = matchPlaylist(
        talks.map((t) => t.talk),
        candidates.map((v) => ({ videoId: v.source.videoId, title: v.title })),
      );
      const section = (id: string) => talks.find((t) => t.section.id === id)!.section;
      const video = (id: string) => candidates.find((v) => v.source.videoId === id)!;
      const proposals = match.proposals
        .map((p) => ({
          sectionId: p.talkId,
          sectionTitle: section(p.talkId).title,
          videoId: p.videoId,
          videoTitle: video(p.videoId).title,
          index: video(p.videoId).source.index ?? 0,
          score: p.score,
        }))
        // In the talks' order, as the user reads the session.
        .sort((a, b) => section(a.sectionId).order - section(b.sectionId).order);
      const matched = new Set(proposals.map((p) => p.videoId));
      return {
        proposals,
        talksLeft: match.talksLeft.map((id) => section(id).title),
        videosLeft: videos.filter((v) => !matched.has(v.source.videoId)).map((v) => v.title),
      };
    },

    /**
     * Links each confirmed talk to its video of the playlist, one write (and announcement) per talk. A pair whose
     * talk is gone or already linked, or whose video is not in the playlist or already linked, is skipped.
     */
    async linkPlaylist(
      sessionId: Id,
      pairs: readonly { sectionId: Id; videoId: string }[],
      videos: readonly PlaylistTalk[],
    ): Promise<{ linked: number; skipped: number }> {
      const { all, open } = await unlinkedTalks(sessionId);
      const taken = new Set(all.map((s) => s.source?.videoId).filter(Boolean));
      let linked = 0;
      for (const { sectionId, videoId } of pairs) {
        const talk = open.find((s) => s.id === sectionId);
        const video = videos.find((v) => v.source.videoId === videoId);
        if (!talk || !video || taken.has(videoId)) continue;
        taken.add(videoId);
        const section = await store.updateSection(talk.id, { source: video.source });
        announce({ kind: 'section/renamed', section });
        linked += 1;
      }
      return { linked, skipped: pairs.length - linked };
    },
  };
}
