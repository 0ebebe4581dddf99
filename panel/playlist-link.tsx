/**
 * "Link the playlist's videos": shown while the context tab is a YouTube playlist and the session has talks from the
 * schedule without a video. The background reads the playlist from the page and matches its videos to those talks
 * by title; the user sees each pair (all ticked), unticks any that are wrong, and confirms. Nothing is linked
 * before that click; the answer is said in words.
 */
import { useState } from 'preact/hooks';
import './playlist-link.css';
import type { PageContext } from '../src/model/context';
import type { Section } from '../src/model/types';
import type { PlaylistLinkPlan } from '../src/owner/playlist-links';
import type { Ask } from '../src/ui/page-deps';
import { showsPlaylist } from './playlist-button';

interface Props {
  context: PageContext | null | undefined;
  ask: Ask;
  sessionId: string | undefined;
  sections: readonly Section[];
}

const videos = (n: number) => `${n} ${n === 1 ? 'video' : 'videos'}`;

/** What matched nothing, in one line each, so the user knows what to link by hand. */
function Left({ plan }: { plan: PlaylistLinkPlan }) {
  return (
    <>
      {plan.talksLeft.length > 0 && <p class="hint">No video for: {plan.talksLeft.join(' · ')}</p>}
      {plan.videosLeft.length > 0 && <p class="hint">No talk for: {plan.videosLeft.join(' · ')}</p>}
    </>
  );
}

export function PlaylistLink({ context, ask, sessionId, sections }: Props) {
  const [plan, setPlan] = useState<(PlaylistLinkPlan & { title: string }) | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const open = sections.some((s) => s.schedule && s.schedule.status !== 'cancelled' && !s.source);
  if (!sessionId || !showsPlaylist(context) || (!open && !plan && !status)) return null;

  const match = async () => {
    setBusy(true);
    setStatus('');
    const answer = await ask('playlist/match', { sessionId }).catch((error: unknown) => ({ error: String(error) }));
    setBusy(false);
    if ('error' in answer) return setStatus(answer.error);
    if (answer.value.proposals.length === 0) return setStatus(`No video of ${answer.value.title} matched a talk.`);
    setUnticked(new Set());
    setPlan(answer.value);
  };

  const link = async (event: Event) => {
    event.preventDefault();
    if (!plan) return;
    const pairs = plan.proposals
      .filter((p) => !unticked.has(p.sectionId))
      .map(({ sectionId, videoId }) => ({ sectionId, videoId }));
    setBusy(true);
    const answer = await ask('playlist/link', { sessionId, pairs }).catch((error: unknown) => ({
      error: String(error),
    }));
    setBusy(false);
    if ('error' in answer) return setStatus(answer.error);
    setPlan(null);
    const { linked, skipped } = answer.value;
    setStatus(`Linked ${videos(linked)} to their talks${skipped ? ` (${videos(skipped)} not linked)` : ''}.`);
  };

  const toggle = (sectionId: string) => {
    const next = new Set(unticked);
    if (!next.delete(sectionId)) next.add(sectionId);
    setUnticked(next);
  };

  const chosen = plan ? plan.proposals.length - unticked.size : 0;
  return (
    <div class="playlist-link">
      {plan ? (
        <form class="card" aria-label="Link the playlist's videos" onSubmit={(e) => void link(e)}>
          <fieldset>
            <legend>Videos of {plan.title} for your talks</legend>
            {plan.proposals.map((p) => (
              <label key={p.sectionId}>
                <input type="checkbox" checked={!unticked.has(p.sectionId)} onChange={() => toggle(p.sectionId)} />
                {p.sectionTitle} ← {p.videoTitle} (#{p.index})
              </label>
            ))}
          </fieldset>
          <Left plan={plan} />
          <div class="row">
            <button type="submit" class="primary" disabled={busy || chosen === 0}>
              Link {videos(chosen)}
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        open && (
          <button type="button" disabled={busy} onClick={() => void match()}>
            Link the playlist's videos
          </button>
        )
      )}
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
