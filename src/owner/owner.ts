/**
 * The one writer of the notes and of the selection. Pages, the popup and content scripts send it intents; it
 * writes the store (one transaction per intent), keeps the chosen session and section and whether notes follow the
 * talk, and announces every change it made. Plain TypeScript over the Store and small storage interfaces: the
 * background wires it to the browser (src/background/owner-wiring.ts), tests run it in Node.
 */
import type { Follow, FrozenMoment, Selection } from '../model/context';
import { FOLLOWING } from '../model/context';
import {
  FIRST_SECTION_TITLE,
  followAfterChoosing,
  keepsClock,
  noteTarget,
  scheduledNow,
  type NoteTarget,
} from '../model/target';
import { typedNote, type NoteStyle } from '../model/typed-note';
import type { Id, Millis, Moment, Note, Section, Post, YouTubeSource } from '../model/types';
import type { NowChoice } from '../schedule/now';
import { NO_CHOICE } from '../schedule/pick';
import type { SectionInput, SessionInput, Store } from '../store/api';
import type { NotePatch } from '../store/notes';
import type { Change } from './changes';
import { playlistLinkActions } from './playlist-links';
import { scheduleActions } from './schedule-actions';
import type { SnapshotImage } from '../store/images';
import type { StoredThumb } from '../store/schema';
import { bytesToBase64 } from '../backup/base64';

/** A thumbnail as a data URL, to go in an announcement (a message carries no bytes). */
function thumbDataUrl(thumb: StoredThumb): string {
  return `data:${thumb.mime};base64,${bytesToBase64(new Uint8Array(thumb.bytes))}`;
}

export interface Kept<T> {
  load: () => Promise<T>;
  save: (value: T) => Promise<void>;
}

export interface OwnerDeps {
  store: Store;
  selection: Kept<Selection>;
  follow: Kept<Follow>;
  /** The talk the context tab shows now, with its current moment; null when it shows none. */
  talk: () => Promise<FrozenMoment | null>;
  announce: (change: Change) => void;
  /** Today as `YYYY-MM-DD`, for the session made by a first capture. */
  today?: () => string;
  /** The wall clock (tests set it): which scheduled talk is on, and a room note's clock stamp. */
  now?: () => Millis;
  /** The user's time zone (IANA name), kept with a clock stamp. */
  timeZone?: () => string;
  /** The talks picked among parallel ones and the talk last written in (kept in memory when not given). */
  nowChoice?: Kept<Required<NowChoice>>;
}

/** Where a capture was filed: the note's session and section, and the rule's answer that chose them. */
export interface Filed {
  sessionId: Id;
  section: Section;
  target: NoteTarget;
}

function inMemory<T>(value: T): Kept<T> {
  return {
    load: () => Promise.resolve(value),
    save: (next) => Promise.resolve(void (value = next)),
  };
}

export function createOwner(deps: OwnerDeps) {
  const { store, announce } = deps;
  const now = deps.now ?? (() => Date.now());
  const nowChoice = deps.nowChoice ?? inMemory(NO_CHOICE);

  async function choose(selection: Selection, follow: Follow): Promise<void> {
    await Promise.all([deps.selection.save(selection), deps.follow.save(follow)]);
    announce({ kind: 'selection/changed', selection, follow });
  }

  /** The chosen session, else the latest, else a new one for today; made the chosen one when it was not. */
  async function currentSession(selection: Selection): Promise<Id> {
    if (selection.sessionId && (await store.getSession(selection.sessionId))) return selection.sessionId;
    const [latest] = (await store.listSessions()).sort((a, b) => b.updatedAt - a.updatedAt);
    let session = latest;
    if (!session) {
      const date = deps.today?.() ?? new Date().toISOString().slice(0, 10);
      session = await store.createSession({
        title: `Talk notes ${date}`,
        date,
        description: '',
        tags: [],
        categories: [],
      });
      announce({ kind: 'session/added', session });
    }
    await choose({ sessionId: session.id, sectionId: null }, await deps.follow.load());
    return session.id;
  }

  /** The section the target rule picks for a capture about `talk` at `at`, made when it does not exist yet. */
  async function file(talk: FrozenMoment | null, at: Millis = now()): Promise<Filed> {
    const [selection, follow, choice] = await Promise.all([
      deps.selection.load(),
      deps.follow.load(),
      nowChoice.load(),
    ]);
    const sessionId = await currentSession(selection);
    const sections = await store.listSections(sessionId);
    const target = noteTarget(talk, selection, follow, sections, { now: at, choice });
    let section = sections.find((s) => s.id === target.sectionId);
    if (!section) {
      section =
        target.kind === 'talk'
          ? await store.sectionForSource(sessionId, target.source, { title: target.title, source: target.source })
          : await store.addSection(sessionId, { title: FIRST_SECTION_TITLE });
      announce({ kind: 'section/added', section });
    }
    return { sessionId, section, target };
  }

  /** The talk last written in prefers its room among parallel talks: kept when a note lands in a scheduled talk. */
  async function wroteIn(section: Section): Promise<void> {
    const talkId = section.schedule?.talkId;
    if (!talkId) return;
    const choice = await nowChoice.load();
    if (choice.lastWritten === talkId) return;
    const next = { ...choice, lastWritten: talkId };
    await nowChoice.save(next);
    announce({ kind: 'schedule/choice', choice: next });
  }

  /** The talk on now by the schedule and the talk ids of its slot, for the follow rule; null when none. */
  async function slotOnNow(sections: readonly Section[]) {
    const on = scheduledNow(sections, { now: now(), choice: await nowChoice.load() });
    return on ? { talkId: on.talk.talkId, slot: [on.talk.talkId, ...on.alternatives.map((a) => a.talkId)] } : null;
  }

  const actions = scheduleActions({
    store,
    announce,
    nowChoice,
    follow: deps.follow,
    selection: deps.selection,
    choose,
  });

  return {
    file,
    choose,
    ...actions,
    ...playlistLinkActions({ store, announce }),
    /** The talks picked among parallel ones and the talk last written in (for a page's first read). */
    nowChoice: () => nowChoice.load(),

    /**
     * A note typed in the panel or popup, filed by the talk frozen when typing began (or the one showing now): the
     * user's words, a quote of the section's speaker (with the talk's time), or a sub-heading (`### ` typed first).
     */
    async captureNote(
      text: string,
      frozen: FrozenMoment | null,
      style: NoteStyle = 'text',
    ): Promise<{ note: Note; filed: Filed }> {
      const typed = typedNote(text, style);
      if (typed.text.trim() === '') throw new Error('The note is empty.');
      // The clock moment typing began (frozen with the talk's), else now.
      const when = typeof frozen?.clockAt === 'number' ? frozen.clockAt : now();
      const filed = await file(frozen ?? (await deps.talk()), when);
      const { target } = filed;
      const at =
        target.kind === 'talk' && target.seconds !== null
          ? { videoId: target.source.videoId, seconds: target.seconds }
          : undefined;
      // A note taken in the room near its scheduled talk keeps its clock moment; a sub-heading has no time.
      const clock =
        !at && keepsClock(filed.section, when)
          ? { at: when, timeZone: deps.timeZone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone }
          : undefined;
      const time = typed.kind === 'heading' ? {} : at ? { at } : clock ? { clock } : {};
      const note = await store.addNote(
        filed.sessionId,
        filed.section.id,
        typed.kind === 'quote' ? { ...typed, cite: filed.section.speaker, ...time } : { ...typed, ...time },
      );
      announce({ kind: 'note/added', note });
      await wroteIn(filed.section);
      return { note, filed };
    },

    /**
     * A snapshot of the talk: the frame, with the words typed so far as its caption ('' when none), filed as a
     * note is, at the frozen moment. Note and image are stored together or not at all.
     */
    async captureSnapshot(
      text: string,
      frozen: FrozenMoment,
      image: SnapshotImage,
    ): Promise<{ note: Note; filed: Filed }> {
      const filed = await file(frozen, frozen.clockAt ?? now());
      const { target } = filed;
      const at =
        target.kind === 'talk' && target.seconds !== null
          ? { videoId: target.source.videoId, seconds: target.seconds }
          : undefined;
      const note = await store.addSnapshot(filed.sessionId, filed.section.id, { text, ...(at ? { at } : {}) }, image);
      announce({ kind: 'note/added', note, ...(image.thumb ? { thumb: thumbDataUrl(image.thumb) } : {}) });
      await wroteIn(filed.section);
      return { note, filed };
    },

    async clipPost(post: Post, comment: string): Promise<{ note: Note; duplicate: boolean; filed: Filed }> {
      const filed = await file(await deps.talk());
      const result = await store.clipPost(filed.sessionId, filed.section.id, post, comment);
      if (!result.duplicate) announce({ kind: 'note/added', note: result.note });
      return { ...result, filed };
    },

    /** A web page (its address, title and the user's comment), filed where a note would go. */
    async clipPage(page: { url: string; title: string; comment: string }): Promise<{ note: Note; filed: Filed }> {
      const filed = await file(await deps.talk());
      const note = await store.addNote(filed.sessionId, filed.section.id, { kind: 'page', selection: '', ...page });
      announce({ kind: 'note/added', note });
      return { note, filed };
    },

    /** Text selected on a web page, as a quote of that page (its title and address). */
    async clipSelection(page: { url: string; title: string; text: string }): Promise<{ note: Note; filed: Filed }> {
      if (page.text.trim() === '') throw new Error('No text is selected.');
      const filed = await file(await deps.talk());
      const note = await store.addNote(filed.sessionId, filed.section.id, {
        kind: 'quote',
        text: page.text,
        cite: page.title,
        url: page.url,
      });
      announce({ kind: 'note/added', note });
      return { note, filed };
    },

    /**
     * A section for each talk of a playlist, in playlist order, each bound to its video (with the playlist and its
     * place in it), so later notes on a video go to its section; talks that already have a section keep it.
     */
    async addPlaylist(talks: readonly { title: string; source: YouTubeSource }[]) {
      const selection = await deps.selection.load();
      const sessionId = await currentSession(selection);
      const existing = new Set((await store.listSections(sessionId)).map((s) => s.sourceKey));
      let added = 0;
      for (const talk of talks) {
        if (existing.has(`youtube:${talk.source.videoId}`)) continue;
        existing.add(`youtube:${talk.source.videoId}`);
        const section = await store.sectionForSource(sessionId, talk.source, {
          title: talk.title,
          source: talk.source,
        });
        announce({ kind: 'section/added', section });
        added += 1;
      }
      return { added, skipped: talks.length - added };
    },

    /** Turns a note into a text note, a quote (of its section's speaker) or a sub-heading, keeping its words. */
    async restyleNote(id: Id, kind: NoteStyle) {
      const old = await store.getNote(id);
      const section = old && (await store.getSection(old.sectionId));
      const note = await store.restyleNote(id, kind, section?.speaker ?? '');
      announce({ kind: 'note/edited', note });
      return note;
    },

    /** Chooses a session and section. Choosing another section than the showing talk's stops following it. */
    async chooseSection(selection: Selection): Promise<null> {
      const talk = await deps.talk();
      const sections = selection.sessionId && selection.sectionId ? await store.listSections(selection.sessionId) : [];
      const slot = await slotOnNow(sections);
      const follow = selection.sectionId
        ? followAfterChoosing(selection.sectionId, talk?.source?.videoId ?? null, sections, slot)
        : FOLLOWING;
      // Choosing another talk of the slot on now is picking it for that slot.
      const picked = sections.find((s) => s.id === selection.sectionId)?.schedule?.talkId;
      if (!talk?.source && slot && picked && picked !== slot.talkId && slot.slot.includes(picked)) {
        await actions.pickTalk(selection.sessionId!, picked);
      }
      await choose(selection, follow);
      return null;
    },

    /** "File under <talk> instead": notes follow the talk again. */
    async followTalk(): Promise<null> {
      await choose(await deps.selection.load(), FOLLOWING);
      return null;
    },

    async createSession(input: SessionInput) {
      const session = await store.createSession(input);
      announce({ kind: 'session/added', session });
      await choose({ sessionId: session.id, sectionId: null }, FOLLOWING);
      return session;
    },
    async updateSession(id: Id, patch: Partial<SessionInput>) {
      const session = await store.updateSession(id, patch);
      announce({ kind: 'session/changed', session });
      return session;
    },
    async deleteSession(id: Id) {
      const removed = await store.deleteSession(id);
      announce({ kind: 'session/deleted', sessionId: id });
      return removed;
    },
    async restore(removed: Parameters<Store['restore']>[0]): Promise<null> {
      await store.restore(removed);
      announce({ kind: 'restored', removed });
      return null;
    },

    /** A new section is the chosen one at once, for every page and capture. */
    async addSection(sessionId: Id, input: SectionInput) {
      const section = await store.addSection(sessionId, input);
      announce({ kind: 'section/added', section });
      const talk = await deps.talk();
      const sections = await store.listSections(sessionId);
      await choose(
        { sessionId, sectionId: section.id },
        followAfterChoosing(section.id, talk?.source?.videoId ?? null, sections, await slotOnNow(sections)),
      );
      return section;
    },
    async updateSection(id: Id, patch: Partial<SectionInput>) {
      const section = await store.updateSection(id, patch);
      announce({ kind: 'section/renamed', section });
      return section;
    },
    async moveSection(id: Id, beforeId: Id | null) {
      const section = await store.moveSection(id, { beforeId });
      announce({ kind: 'section/moved', section });
      return section;
    },
    async deleteSection(id: Id) {
      const removed = await store.deleteSection(id);
      const section = removed.sections[0];
      if (section) announce({ kind: 'section/deleted', section });
      return removed;
    },

    async updateNote(id: Id, patch: NotePatch) {
      const note = await store.updateNote(id, patch);
      announce({ kind: 'note/edited', note });
      return note;
    },
    async moveNote(id: Id, fromSectionId: Id, to: { sectionId: Id; beforeId: Id | null; at?: Moment }) {
      const note = await store.moveNote(id, to);
      announce({ kind: 'note/moved', note, fromSectionId });
      return note;
    },
    async removeNoteTime(id: Id) {
      const note = await store.removeNoteTime(id);
      announce({ kind: 'note/edited', note });
      return note;
    },
    async deleteNote(id: Id) {
      const removed = await store.deleteNote(id);
      const note = removed.notes[0];
      if (note) announce({ kind: 'note/deleted', note });
      return removed;
    },
  };
}

export type Owner = ReturnType<typeof createOwner>;
