/**
 * Where the note being typed goes, shown in the note box before it is saved: "→ Talk B · 12:34", "→ Talk C · Room 2
 * · started 12 min ago", "→ Open Spaces". It is the answer of the same rule the background files the note by
 * (src/model/target.ts). When the user chose another section while a talk shows (or is on by the schedule), one
 * click files under the talk again; another talk of the slot on now is one click away too.
 */
import { formatTimestamp } from '../model/timestamp';
import type { Follow, FrozenMoment } from '../model/context';
import { talkTitle, type NoteTarget } from '../model/target';

export function targetWords(target: NoteTarget): string {
  if (target.kind === 'scheduled') return `→ ${target.words}`;
  const isNew = target.sectionId === null ? ' (new section)' : '';
  const time = target.kind === 'talk' && target.seconds !== null ? ` · ${formatTimestamp(target.seconds)}` : '';
  return `→ ${target.title}${time}${isNew}`;
}

/** "Saved to Talk B at 12:34", "Saved to Talk C at +12:05": said (role=status) once the note is stored. */
export function savedWords(sectionTitle: string, seconds: number | null | undefined, clock?: string | null): string {
  const at = typeof seconds === 'number' ? ` at ${formatTimestamp(seconds)}` : clock ? ` at ${clock}` : '';
  return `Saved to ${sectionTitle}${at}`;
}

interface Props {
  target: NoteTarget;
  talk: FrozenMoment | null;
  follow: Follow;
  onFollow: () => void;
  /** The talk on now by the schedule when the user declined it (chose another section while it is on). */
  declinedTalk?: string | null;
  onPick?: (talkId: string) => void;
}

export function TargetLine({ target, talk, follow, onFollow, declinedTalk, onPick }: Props) {
  const declined = talk?.source && target.kind === 'section' && follow.declinedVideoId === talk.source.videoId;
  const back = declined ? talkTitle(talk.title, talk.source!) : target.kind === 'section' ? declinedTalk : null;
  return (
    <p class="target-line" id="note-target">
      <span class="target">{targetWords(target)}</span>
      {back && (
        <button type="button" class="link" onClick={onFollow}>
          File under “{back}” instead
        </button>
      )}
      {target.kind === 'scheduled' &&
        onPick &&
        target.alternatives.map((alt) => (
          <button type="button" class="link" key={alt.talkId} onClick={() => onPick(alt.talkId)}>
            {alt.room ? `${alt.room}: ` : ''}
            {alt.title} instead
          </button>
        ))}
    </p>
  );
}

interface WiredProps {
  target: NoteTarget;
  talk: FrozenMoment | null;
  declinedTalk?: string | null;
  follow: Follow;
  actions: { followTalk: () => unknown; pickTalk: (talkId: string) => unknown };
}

/** The line as both note boxes (the panel's and the popup's) show it: its one-click changes sent as intents. */
export function WorkspaceTargetLine({ actions, ...shown }: WiredProps) {
  return (
    <TargetLine
      {...shown}
      onFollow={() => void actions.followTalk()}
      onPick={(talkId) => void actions.pickTalk(talkId)}
    />
  );
}
