/**
 * The toolbar popup: quick capture where the note box says, with the section to choose. "Open side panel" calls the browser's
 * panel API straight from the click (it needs the user gesture), with the window id looked up on load.
 */
import { render } from 'preact';
import { QuickCapture } from './quick-capture';
import { browserPageDeps, popupDraft } from '../src/ui/page-deps-browser';
import { currentWindowId, openWorkspace } from '../src/platform/workspace';
import type { PageDeps } from '../src/ui/page-deps';
import { askBackground } from '../src/messaging';
import { NowWatching } from '../src/ui/now-watching';
import { useCapture } from '../src/ui/use-capture';
import { PostContext } from './post-context';
import { PageClip } from './page-clip';
import { MastodonEnable } from './mastodon-enable';
import { SearchBox } from '../src/ui/search-box';
import { useSearch } from '../src/ui/use-search';
import { askToReveal } from '../src/platform/reveal-handoff';
import { logged } from '../src/log';

/** Quick capture with the talk's moment: the one frozen by the add-note key press, or the first keystroke's. */
function Popup({ deps, onOpenPanel }: { deps: PageDeps; onOpenPanel: (handOver?: Promise<void>) => void }) {
  const capture = useCapture(askBackground, { fromCommand: true });
  const search = useSearch(deps, 20);
  return (
    <QuickCapture
      search={
        <SearchBox
          compact
          search={search}
          // The panel shows the result: opened first, inside the click; the result handed over meanwhile.
          onOpen={(target) => onOpenPanel(askToReveal(target))}
        />
      }
      deps={deps}
      draft={popupDraft}
      onOpenPanel={onOpenPanel}
      save={(text, style) => capture.save(text, style)}
      onStartTyping={capture.onStartTyping}
      frozen={capture.frozen}
    >
      {(context, now) => (
        <>
          <NowWatching context={context} now={now} />
          <PostContext ask={askBackground} context={context} />
          <MastodonEnable ask={askBackground} requestHost={deps.requestHost} />
          {!context?.post && <PageClip ask={askBackground} />}
        </>
      )}
    </QuickCapture>
  );
}

async function main(root: HTMLElement) {
  let windowId: number | undefined;
  void currentWindowId().then((id) => {
    windowId = id;
  });
  /** Opens the panel (straight from the click: it needs the gesture), then closes once `handOver` is done. */
  const openPanel = (handOver: Promise<void> = Promise.resolve()) => {
    const opening = openWorkspace(windowId);
    void Promise.all([opening, handOver.catch(logged('handing the search result to the panel'))]).then(([opened]) => {
      if (opened) window.close();
    });
  };
  try {
    const deps = await browserPageDeps();
    render(<Popup deps={deps} onOpenPanel={openPanel} />, root);
  } catch (error) {
    const alert = root.appendChild(document.createElement('p'));
    alert.setAttribute('role', 'alert');
    alert.className = 'error-region shown';
    alert.textContent = `Confnotes could not open its notes database: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void main(document.getElementById('app')!);
