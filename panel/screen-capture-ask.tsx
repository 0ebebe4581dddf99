/**
 * Shown after a snapshot the page refused (its video from another origin, or protected) and the browser would not
 * let Confnotes capture the screen instead: the side panel's click grants no activeTab, as the toolbar button and
 * the keyboard command do. The button asks, in its own click (permissions.request needs one), for the permission
 * to capture any page; granted, the next "Snapshot" takes the video's part of the screen.
 */
import { useState } from 'preact/hooks';
import { SCREEN_CAPTURE_ORIGIN } from '../src/ui/snapshot';

export function ScreenCaptureAsk({ requestHost }: { requestHost: (origin: string) => Promise<boolean> }) {
  const [answer, setAnswer] = useState<'granted' | 'refused' | null>(null);
  if (answer === 'granted') {
    return (
      <p class="screen-capture-ask" role="status">
        Screen capture allowed: press Snapshot again.
      </p>
    );
  }
  return (
    <p class="screen-capture-ask">
      <button
        type="button"
        onClick={() => void requestHost(SCREEN_CAPTURE_ORIGIN).then((yes) => setAnswer(yes ? 'granted' : 'refused'))}
      >
        Allow screen capture
      </button>{' '}
      {answer === 'refused'
        ? 'Not allowed: Alt+Shift+S or the toolbar button’s Snapshot capture the screen without it.'
        : 'or take it with Alt+Shift+S or the toolbar button’s Snapshot, which may capture the screen.'}
    </p>
  );
}
