/**
 * The side panel (Chrome) / sidebar (Firefox) page: the main workspace. Feature slots: `top` holds the
 * "Now watching" bar, `capture` the timestamped note capture, `exportTools` the export actions and preview.
 */
import { render } from 'preact';
import { WorkspaceView } from './workspace';
import { browserPageDeps } from '../src/ui/page-deps-browser';
import type { PageDeps } from '../src/ui/page-deps';
import { askBackground } from '../src/messaging';
import { NowWatching } from '../src/ui/now-watching';
import { seekOnTimestampClick } from './timestamp-seek';
import { PlaylistButton } from './playlist-button';
import { PlaylistLink } from './playlist-link';
import { useCapture } from '../src/ui/use-capture';
import { ExportActions, type WriteupSource } from './export-actions';
import { onSettingsChanged } from '../src/settings/settings-storage';
import { onRevealAsked } from '../src/platform/reveal-handoff';

/** The writeup comes from the background, which holds the renderer (the panel's bundle stays small). */
const writeup: WriteupSource = async (sessionId, tweets, files) => {
  const answer = await askBackground('export/markdown', {
    sessionId,
    ...(tweets ? { tweets } : {}),
    ...(files ? { files } : {}),
  });
  if ('error' in answer) throw new Error(answer.error);
  return answer;
};
const followSettings = (callback: () => void) => onSettingsChanged(() => callback());

function Panel({ deps }: { deps: PageDeps }) {
  const capture = useCapture(askBackground);
  return (
    <WorkspaceView
      deps={deps}
      top={(context, now, contents) => (
        <>
          <NowWatching context={context} now={now} />
          <PlaylistButton context={context} ask={askBackground} />
          <PlaylistLink
            context={context}
            ask={askBackground}
            sessionId={contents?.session.id}
            sections={contents?.sections ?? []}
          />
        </>
      )}
      capture={capture}
      exportTools={(contents) => (
        <ExportActions
          contents={contents}
          writeup={writeup}
          onSettingsChanged={followSettings}
          readImage={async (id) => (await deps.store.getImage(id))?.blob}
        />
      )}
      revealAsked={onRevealAsked}
    />
  );
}

async function main(root: HTMLElement) {
  try {
    const deps = await browserPageDeps();
    render(<Panel deps={deps} />, root);
    seekOnTimestampClick(root, askBackground);
  } catch (error) {
    root.textContent = '';
    const alert = root.appendChild(document.createElement('p'));
    alert.setAttribute('role', 'alert');
    alert.className = 'error-region shown';
    alert.textContent = `Confnotes could not open its notes database: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void main(document.getElementById('app')!);
