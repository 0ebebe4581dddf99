/**
 * "Link video" on a section: the talk's recording (a YouTube address, or the talk open in the context tab) and how
 * it lines up with the clock, said once: "the talk starts at 3:12 in the video", or a note taken in the room and
 * the video moment it belongs to. Every clock-stamped note of the section then links to its moment (derived, never
 * stored: changing the alignment moves them all).
 */
import { useState } from 'preact/hooks';
import { formatTimestamp } from '../src/model/timestamp';
import { parseWatchUrl } from '../src/model/youtube';
import type { YouTubeState } from '../src/model/context';
import type { ClockAlignment, Note, Section } from '../src/model/types';
import { alignAt, parseVideoTime, videoSecondsAt } from '../src/schedule/clock';
import { clockLabelOf } from '../src/schedule/section-talk';

interface Props {
  section: Section;
  /** The section's loaded notes: those taken by the clock can anchor the alignment. */
  notes: readonly Note[];
  /** The talk open in the context tab, if any. */
  playing: YouTubeState | null;
  onLink: (videoId: string | null, alignment: ClockAlignment | null) => Promise<boolean>;
  onClose: () => void;
}

/** The clock moments the user can line up: the talk's scheduled start, and each note taken by the clock. */
function anchorsOf(section: Section, notes: readonly Note[]) {
  const anchors: { key: string; label: string; clock: number }[] = [];
  if (section.schedule) anchors.push({ key: 'start', label: 'The talk starts', clock: section.schedule.start });
  for (const note of notes) {
    if ((note.kind !== 'text' && note.kind !== 'quote') || !note.clock) continue;
    const label = clockLabelOf(note, section) ?? '';
    const text = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text;
    anchors.push({ key: note.id, label: `The note “${text}” (${label}) is`, clock: note.clock.at });
  }
  return anchors;
}

export function LinkVideoForm({ section, notes, playing, onLink, onClose }: Props) {
  const source = section.source;
  const anchors = anchorsOf(section, notes);
  const [address, setAddress] = useState(source ? `https://www.youtube.com/watch?v=${source.videoId}` : '');
  const [anchor, setAnchor] = useState(anchors[0]?.key ?? '');
  const chosen = anchors.find((a) => a.key === anchor);
  const shown = source?.alignment && chosen ? formatTimestamp(videoSecondsAt(chosen.clock, source.alignment)) : '';
  const [time, setTime] = useState(shown);
  const [error, setError] = useState('');
  const prefix = `link-${section.id}`;

  const useOpenTab = () => {
    if (!playing?.videoId) return;
    setAddress(playing.url);
    if (playing.currentTime !== null) setTime(formatTimestamp(playing.currentTime));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const video =
      parseWatchUrl(address.trim()) ?? (/^[\w-]{11}$/.test(address.trim()) ? { videoId: address.trim() } : null);
    if (!video) return setError('That is not a YouTube video address.');
    let alignment: ClockAlignment | null = null;
    if (chosen && time.trim()) {
      const seconds = parseVideoTime(time);
      if (seconds === null) return setError('Say the moment as 3:12, 1:02:03 or 192.');
      alignment = alignAt(chosen.clock, seconds);
    }
    setError('');
    if (await onLink(video.videoId, alignment)) onClose();
  };

  return (
    <form
      class="card link-video"
      aria-label="Link video"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <label for={`${prefix}-address`}>Video address</label>
      <input
        id={`${prefix}-address`}
        value={address}
        autoFocus
        placeholder="https://www.youtube.com/watch?v=…"
        onInput={(e) => setAddress(e.currentTarget.value)}
      />
      {playing?.videoId && (
        <button type="button" class="link" onClick={useOpenTab}>
          Use the open talk “{playing.title || playing.videoId}”
          {playing.currentTime !== null ? ` at ${formatTimestamp(playing.currentTime)}` : ''}
        </button>
      )}
      {anchors.length > 0 && (
        <div class="row">
          <label for={`${prefix}-anchor`} class="visually-hidden">
            Align by
          </label>
          <select id={`${prefix}-anchor`} value={anchor} onChange={(e) => setAnchor(e.currentTarget.value)}>
            {anchors.map((a) => (
              <option key={a.key} value={a.key}>
                {a.label}
              </option>
            ))}
          </select>
          <label for={`${prefix}-time`}>at, in the video</label>
          <input
            id={`${prefix}-time`}
            class="time"
            value={time}
            placeholder="3:12"
            onInput={(e) => setTime(e.currentTarget.value)}
          />
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={!address.trim()}>
          Link video
        </button>
        {source && (
          <button type="button" onClick={() => void onLink(null, null).then((ok) => ok && onClose())}>
            Unlink video
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
