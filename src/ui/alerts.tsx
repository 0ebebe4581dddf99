/**
 * The page's error region (always in the DOM, so screen readers announce what appears in it), a form's status and
 * error lines, and the undo bar.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Undoable } from './use-workspace';

export function ErrorRegion({ error, onDismiss }: { error: string; onDismiss: () => void }) {
  return (
    <div role="alert" class={error ? 'error-region shown' : 'error-region'}>
      {error && (
        <>
          <span>{error}</span>
          <button type="button" class="link" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}

/** What an action is doing or did (a polite status line), and what went wrong (an alert, always in the DOM). */
export function StatusLines({ status, error }: { status: string; error: string }) {
  return (
    <>
      <p class="status" role="status">
        {status}
      </p>
      <div role="alert" class={error ? 'error-region shown' : 'error-region'}>
        {error}
      </div>
    </>
  );
}

export function UndoBar({
  undoable,
  onUndo,
  onDismiss,
}: {
  undoable: Undoable | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const undo = useRef<HTMLButtonElement>(null);
  const placed = useRef<Undoable | null>(null);
  // The Delete button that was focused is gone with its item (once the background announces the delete, which may
  // be a render later): keyboard users land on Undo instead of the page top, once per notice.
  useEffect(() => {
    if (!undoable || placed.current === undoable) return;
    if (document.activeElement === document.body || document.activeElement === null) {
      placed.current = undoable;
      undo.current?.focus();
    }
  });
  return (
    <div role="status" class={undoable ? 'undo-bar shown' : 'undo-bar'}>
      {undoable && (
        <>
          <span>{undoable.label}</span>
          <button type="button" ref={undo} onClick={onUndo}>
            Undo
          </button>
          <button type="button" class="link" aria-label="Dismiss notice" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
