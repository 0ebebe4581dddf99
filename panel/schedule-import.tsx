/**
 * "Import schedule": the event's schedule from a file (always works offline) or a pasted address (fetched by the
 * background once the browser allowed that one origin), a preview of what would change (new, moved, renamed,
 * cancelled) with the day and room filters, and the import on confirm. The page only reads the file and shows
 * answers: the background parses, compares and writes (src/owner/schedule-actions.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Id } from '../src/model/types';
import type { ScheduleImportSummary } from '../src/schedule/import-plan';
import type { PreviewLine, SchedulePreview } from '../src/schedule/preview';
import { scheduleAddress } from '../src/schedule/schedule-address';
import { errorText, type PageDeps } from '../src/ui/page-deps';

interface Props {
  deps: PageDeps;
  sessionId: Id;
  onClose: (done: string) => void;
}

/** Reading a schedule the size of a big event takes a moment: this says so rather than looking stuck. */
function Busy({ what }: { what: string }) {
  return what ? (
    <p class="busy" role="status" aria-busy="true">
      {what}
    </p>
  ) : null;
}

function Lines({ label, lines }: { label: string; lines: PreviewLine[] }) {
  if (lines.length === 0) return null;
  return (
    <details class="preview-lines">
      <summary>
        {label}: {lines.length}
      </summary>
      <ul>
        {lines.map((l) => (
          <li key={l.talkId}>
            <strong>{l.title}</strong> · {l.words}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Checkboxes for the days or rooms to add talks from; none ticked means all. */
function Choices(props: { legend: string; all: string[]; chosen: string[]; onChange: (next: string[]) => void }) {
  const { legend, all, chosen, onChange } = props;
  if (all.length < 2) return null;
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {all.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.length === 0 || chosen.includes(value)}
            onChange={(e) => {
              const ticked = chosen.length === 0 ? all : chosen;
              const next = e.currentTarget.checked ? [...ticked, value] : ticked.filter((v) => v !== value);
              onChange(next.length === all.length ? [] : all.filter((v) => next.includes(v)));
            }}
          />
          {value}
        </label>
      ))}
    </fieldset>
  );
}

export function summaryWords(s: ScheduleImportSummary): string {
  const parts = [
    `${s.added} new`,
    s.changes.moved + s.changes.room ? `${s.changes.moved + s.changes.room} moved` : '',
    s.changes.renamed ? `${s.changes.renamed} renamed` : '',
    s.changes.cancelled ? `${s.changes.cancelled} cancelled` : '',
    s.unchanged ? `${s.unchanged} unchanged` : '',
  ];
  return `Schedule imported: ${parts.filter(Boolean).join(', ')}.`;
}

export function ScheduleImport({ deps, sessionId, onClose }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [address, setAddress] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [days, setDays] = useState<string[]>([]);
  const [rooms, setRooms] = useState<string[]>([]);
  const [preview, setPreview] = useState<SchedulePreview | null>(null);
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');
  const asked = useRef(0);

  // Every change of the file or the choices asks the background again; only the latest answer is shown.
  useEffect(() => {
    if (text === null) return;
    const mine = ++asked.current;
    setBusy('Reading the schedule…');
    const request = { sessionId, text, timeZone: timeZone.trim(), filter: { days, rooms } };
    void deps.ask('schedule/preview', request).then(
      (answer) => {
        if (mine !== asked.current) return;
        setBusy('');
        if ('error' in answer) {
          setPreview(null);
          setError(answer.error);
        } else {
          setError('');
          setPreview(answer.value);
        }
      },
      (e: unknown) => mine === asked.current && (setBusy(''), setError(`Reading the schedule failed: ${errorText(e)}`)),
    );
  }, [text, timeZone, days, rooms, sessionId, deps]);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setError('');
    setDays([]);
    setRooms([]);
    try {
      setText(await file.text());
    } catch (e) {
      setError(`Could not read ${file.name}: ${errorText(e)}`);
    }
  };

  const fetchAddress = async () => {
    setError('');
    let origin: string;
    try {
      origin = scheduleAddress(address).origin;
    } catch (e) {
      setError(errorText(e));
      return;
    }
    // Asked in this click (the browser requires one), for this origin only.
    if (!(await deps.requestHost?.(origin))) {
      setError('The browser did not allow reading that site: import the file instead.');
      return;
    }
    setBusy('Fetching the schedule…');
    const answer = await deps.ask('schedule/fetch', { url: address }).catch((e: unknown) => ({ error: errorText(e) }));
    setBusy('');
    if ('error' in answer) setError(answer.error);
    else {
      setDays([]);
      setRooms([]);
      setText(answer.text);
    }
  };

  const confirm = async () => {
    if (text === null) return;
    setBusy('Importing…');
    const request = { sessionId, text, timeZone: timeZone.trim(), filter: { days, rooms } };
    const answer = await deps.ask('schedule/import', request).catch((e: unknown) => ({ error: errorText(e) }));
    setBusy('');
    if ('error' in answer) setError(answer.error);
    else onClose(summaryWords(answer.value));
  };

  const changes = preview
    ? preview.added.length +
      preview.moved.length +
      preview.renamed.length +
      preview.cancelled.length +
      preview.updated.length
    : 0;
  return (
    <section class="schedule-import" aria-labelledby="schedule-import-title">
      <h2 id="schedule-import-title">Import schedule</h2>
      <label>
        Schedule file (.json, .xml, .ics)
        <input
          type="file"
          accept=".json,.xml,.ics,application/json,application/xml,text/xml,text/calendar"
          onChange={(e) => void readFile(e.currentTarget.files?.[0])}
        />
      </label>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void fetchAddress();
        }}
      >
        <label>
          or its address
          <input
            type="url"
            placeholder="https://pretalx.com/event/schedule/export/schedule.json"
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={!address.trim()}>
          Fetch
        </button>
      </form>
      <label>
        Event time zone (for files that give none)
        <input
          type="text"
          placeholder="Europe/Berlin"
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <Busy what={busy} />
      {preview && (
        <div class="schedule-preview" aria-label="What the import will change">
          <p>
            {preview.title || 'The schedule'}: {preview.talks} talks.{' '}
            {changes === 0 ? 'Nothing to change: the session has this schedule already.' : ''}
          </p>
          <Choices legend="Days" all={preview.days} chosen={days} onChange={setDays} />
          <Choices legend="Rooms" all={preview.rooms} chosen={rooms} onChange={setRooms} />
          <Lines label="New" lines={preview.added} />
          <Lines label="Moved" lines={preview.moved} />
          <Lines label="Renamed" lines={preview.renamed} />
          <Lines label="Cancelled (kept, with their notes)" lines={preview.cancelled} />
          <Lines label="Other changes" lines={preview.updated} />
        </div>
      )}
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!preview || changes === 0 || !!busy}
          onClick={() => void confirm()}
        >
          Import
        </button>
        <button type="button" onClick={() => onClose('')}>
          Cancel
        </button>
      </div>
    </section>
  );
}
