/**
 * The side panel (Chrome) / sidebar (Firefox) page: the main workspace. Feature slots: `top` holds the
 * "Now watching" bar (issue 3), `capture` the timestamped note capture (issue 3), `exportTools` the export
 * actions and preview (issue 5).
 */
import { render } from 'preact';
import { WorkspaceView } from '../src/ui/workspace';
import { browserPageDeps } from '../src/ui/page-deps-browser';

async function main(root: HTMLElement) {
  try {
    const deps = await browserPageDeps();
    render(<WorkspaceView deps={deps} top={null} capture={undefined} exportTools={undefined} />, root);
  } catch (error) {
    root.textContent = '';
    const alert = root.appendChild(document.createElement('p'));
    alert.setAttribute('role', 'alert');
    alert.className = 'error-region shown';
    alert.textContent = `Confnotes could not open its notes database: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void main(document.getElementById('app')!);
