/**
 * The side panel (Chrome) / sidebar (Firefox) page: the main workspace. Feature slots: `top` holds the
 * "Now watching" bar (issue 3), `capture` the timestamped note capture (issue 3), `exportTools` the export
 * actions and preview (issue 5).
 */
import { render } from 'preact';
import { WorkspaceView } from '../src/ui/workspace';
import { browserPageDeps } from '../src/ui/page-deps-browser';
import type { PageDeps } from '../src/ui/page-deps';
import { askBackground } from '../src/messaging';
import { NowWatching } from '../src/ui/now-watching';
import { seekOnTimestampClick } from '../src/ui/timestamp-seek';
import { useCapture } from '../src/ui/use-capture';
import { ExportActions } from '../src/ui/export-actions';
import { loadSettings, onSettingsChanged } from '../src/settings/settings-storage';

const exportSettings = { load: loadSettings, subscribe: onSettingsChanged };

function Panel({ deps }: { deps: PageDeps }) {
  const capture = useCapture(askBackground);
  const top = <NowWatching ask={askBackground} frozen={capture.frozen} />;
  return <WorkspaceView deps={deps} top={top} capture={capture}
    exportTools={(contents) => <ExportActions contents={contents} settings={exportSettings} />} />;
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
