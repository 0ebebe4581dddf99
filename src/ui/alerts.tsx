/** The page's error region (always in the DOM, so screen readers announce what appears in it) and the undo bar. */
import type { Undoable } from './use-workspace';

export function ErrorRegion({ error, onDismiss }: { error: string; onDismiss(): void }) {
  return (
    <div role="alert" class={error ? 'error-region shown' : 'error-region'}>
      {error && (
        <>
          <span>{error}</span>
          <button type="button" class="link" onClick={onDismiss}>Dismiss</button>
        </>
      )}
    </div>
  );
}

export function UndoBar({ undoable, onUndo, onDismiss }: { undoable: Undoable | null; onUndo(): void; onDismiss(): void }) {
  return (
    <div role="status" class={undoable ? 'undo-bar shown' : 'undo-bar'}>
      {undoable && (
        <>
          <span>{undoable.label}</span>
          <button type="button" onClick={onUndo}>Undo</button>
          <button type="button" class="link" aria-label="Dismiss undo" onClick={onDismiss}>×</button>
        </>
      )}
    </div>
  );
}
