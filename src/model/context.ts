/**
 * What the user is looking at and what they chose, as plain data: the page of the context tab, a YouTube talk's
 * state, the moment frozen for a note, and the chosen session and section. Domain types: the message protocol
 * imports them, never the reverse, so pure parsers and the settings need not know the protocol.
 */
import type { Id, Moment, Post, YouTubeSource } from './types';

/** What a YouTube content script knows of its page. */
export interface YouTubeState {
  /** The 11-character id, or null when the page is not a talk (home, search). */
  videoId: string | null;
  url: string;
  title: string;
  channel: string;
  channelUrl: string;
  list?: string;
  index?: number;
  /** Seconds; null when the player reports none (no video, live stream). */
  duration: number | null;
  /** Seconds into the talk; null when there is no player to ask. */
  currentTime: number | null;
  paused: boolean;
  /** An ad is playing: its time is not the talk's. */
  adPlaying: boolean;
  /** Why no timestamp can be taken, in words for the panel; '' when one can. */
  problem: string;
}

/** The page the user is looking at: the most recently active web-page tab. */
export interface PageContext {
  tabId: number;
  url: string;
  title: string;
  site: 'youtube' | 'x' | 'bluesky' | 'other';
  youtube?: YouTubeState;
  /** On a post's page (an X status, a Bluesky post): the post it shows, with its author's thread after it. */
  post?: Post;
  /** The content script there stopped answering (the extension was reloaded): the tab needs a reload. */
  needsReload?: boolean;
  /** When the background read it (ms since the epoch): a playing talk's time moves on from here. */
  readAt?: number;
}

/** A moment frozen for the next note: when the user started typing, or pressed the `add-note` command. */
export interface FrozenMoment {
  /** null when no timestamp could be taken (see `problem`). */
  moment: Moment | null;
  /** The talk the note belongs to, even when its time is unknown; null on a page that is not a talk. */
  source: YouTubeSource | null;
  /** The talk's title as the page showed it, for the section created by its first note. */
  title: string;
  /** Why there is no timestamp, in words for the panel; '' when there is one. */
  problem: string;
  /** The wall-clock moment it was frozen, by the background's clock (for notes taken in the room). */
  clockAt?: number;
}

/** The session and section the user chose; both remembered across restarts. */
export interface Selection {
  sessionId: Id | null;
  sectionId: Id | null;
}

/**
 * Whether notes follow the talk being watched. Following is the default; choosing another section while a talk
 * shows stops following that talk (its video id is kept here) until the user files under it again or another
 * talk's video shows.
 */
export interface Follow {
  declinedVideoId: string | null;
  /** The same for the talk on now by the schedule (no video showing): its talk id, declined while it is on. */
  declinedTalkId?: string;
}

export const NO_SELECTION: Selection = { sessionId: null, sectionId: null };
export const FOLLOWING: Follow = { declinedVideoId: null };
