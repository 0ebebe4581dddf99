/**
 * The toolbar popup: quick capture into the current session and section. "Open side panel" calls the browser's
 * panel API straight from the click (it needs the user gesture), with the window id looked up on load.
 */
import { render } from 'preact';
import { QuickCapture } from '../src/ui/quick-capture';
import { browserPageDeps, popupDraft } from '../src/ui/page-deps-browser';
import { currentWindowId, openWorkspace } from '../src/platform/workspace';

async function main(root: HTMLElement) {
  let windowId: number | undefined;
  void currentWindowId().then((id) => { windowId = id; });
  const openPanel = () => {
    void openWorkspace(windowId).then((opened) => { if (opened) window.close(); });
  };
  try {
    const deps = await browserPageDeps();
    render(<QuickCapture deps={deps} draft={popupDraft} onOpenPanel={openPanel} />, root);
  } catch (error) {
    const alert = root.appendChild(document.createElement('p'));
    alert.setAttribute('role', 'alert');
    alert.className = 'error-region shown';
    alert.textContent = `Confnotes could not open its notes database: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void main(document.getElementById('app')!);
