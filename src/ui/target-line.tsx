/**
 * Where the note being typed goes, shown in the note box before it is saved: "→ Talk B · 12:34", "→ Open Spaces".
 * It is the answer of the same rule the background files the note by (src/model/target.ts). When the user chose
 * another section while a talk shows, one click files under the talk again.
 */
import { formatTimestamp } from '../capture/youtube/time';
import type { Follow, FrozenMoment } from '../model/context';
import { talkTitle, type NoteTarget } from '../model/target';

export function targetWords(target: NoteTarget): string {
  const isNew = target.sectionId === null ? ' (new section)' : '';
  const time = target.kind === 'talk' && target.seconds !== null ? ` · ${formatTimestamp(target.seconds)}` : '';
  return `→ ${target.title}${time}${isNew}`;
}

/** "Saved to Talk B at 12:34": said (role=status) once the note is stored. */
export function savedWords(sectionTitle: string, seconds: number | null | undefined): string {
  return `Saved to ${sectionTitle}${typeof seconds === 'number' ? ` at ${formatTimestamp(seconds)}` : ''}`;
}

interface Props {
  target: NoteTarget;
  talk: FrozenMoment | null;
  follow: Follow;
  onFollow: () => void;
}

export function TargetLine({ target, talk, follow, onFollow }: Props) {
  const declined = talk?.source && target.kind === 'section' && follow.declinedVideoId === talk.source.videoId;
  return (
    <p class="target-line" id="note-target">
      <span class="target">{targetWords(target)}</span>
      {declined && (
        <button type="button" class="link" onClick={onFollow}>
          File under “{talkTitle(talk.title, talk.source!)}” instead
        </button>
      )}
    </p>
  );
}
