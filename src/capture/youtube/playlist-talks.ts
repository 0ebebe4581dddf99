/**
 * A playlist's videos, as a content script answered them, turned into talks to file: each checked like any
 * message (a well-formed video id, list and index; titles cut to the limits), so nothing a page sends is stored
 * unchecked.
 */
import { cut, LIMITS } from '../../model/limits';
import type { YouTubeSource } from '../../model/types';
import { youtubeSourceOf } from '../../model/youtube';
import type { Playlist } from './playlist';

export interface PlaylistTalk {
  title: string;
  source: YouTubeSource;
}

export function playlistTalks(playlist: Playlist | null): PlaylistTalk[] {
  if (!playlist || !Array.isArray(playlist.videos)) return [];
  const talks: PlaylistTalk[] = [];
  for (const video of playlist.videos as unknown[]) {
    const v = (typeof video === 'object' && video !== null ? video : {}) as Record<string, unknown>;
    const source = youtubeSourceOf({
      kind: 'youtube',
      videoId: v.videoId,
      list: playlist.list,
      index: v.index,
      channel: v.channel,
      channelUrl: v.channelUrl,
    });
    if (!source?.list || !source.index) continue;
    const title = typeof v.title === 'string' ? cut(v.title.trim(), LIMITS.shortText) : '';
    talks.push({ title: title || `YouTube video ${source.videoId}`, source });
  }
  return talks.sort((a, b) => (a.source.index ?? 0) - (b.source.index ?? 0));
}
