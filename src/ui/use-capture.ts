/**
 * The page side of taking a note on a talk. The moment is frozen when the user STARTS typing (the first input of
 * a new note), not when they press Enter: a note typed for twenty seconds is about what was said when it began.
 * Pausing while typing is the background's (it knows the setting and the tab); this hook resumes on save.
 * In the popup opened by the `add-note` command, the moment frozen at the key press is used instead.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FiledNote } from '../messages';
import type { FrozenMoment } from '../model/context';
import type { NoteStyle } from '../model/typed-note';

import type { Ask } from './page-deps';
import { logged } from '../log';

export interface Capture {
  onStartTyping: () => void;
  /**
   * Stores the note with its frozen moment where the target rule says, and resolves it with its section's title;
   * throws the reason when it was not saved (the text stays).
   */
  save: (text: string, style?: NoteStyle) => Promise<FiledNote>;
  /** The moment frozen for the note being typed, once known. */
  frozen: FrozenMoment | null;
}

export function useCapture(ask: Ask, options: { fromCommand?: boolean } = {}): Capture {
  const pending = useRef<Promise<FrozenMoment> | null>(null);
  // The key press's moment stays until that note is saved, even if the user clears the box and starts again.
  const fromKeyPress = useRef(false);
  const [frozen, setFrozen] = useState<FrozenMoment | null>(null);

  const keep = useCallback((promise: Promise<FrozenMoment>) => {
    pending.current = promise;
    promise.then(
      (value) => {
        if (pending.current === promise) setFrozen(value);
      },
      () => undefined,
    );
  }, []);

  useEffect(() => {
    if (!options.fromCommand) return;
    void ask('capture/frozen', {}).then(
      (value) => {
        if (!value || pending.current) return;
        fromKeyPress.current = true;
        keep(Promise.resolve(value));
      },
      () => undefined,
    );
  }, [ask, keep, options.fromCommand]);

  const onStartTyping = useCallback(() => {
    // A new note (also after the box was cleared) is about the moment its first keystroke happened.
    if (!fromKeyPress.current) keep(ask('context/moment', { pause: true }));
  }, [ask, keep]);

  const save = useCallback(
    async (text: string, style: NoteStyle = 'text') => {
      // Pasted text or a restored draft may reach Enter without a first keystroke: freeze now, then. A moment that
      // cannot be had (the background failed to answer) never costs the note: it is saved without one.
      const moment = await (pending.current ?? ask('context/moment', { pause: false })).catch((): FrozenMoment => ({
        moment: null,
        source: null,
        title: '',
        problem: 'The time could not be read.',
      }));
      const result = await ask('note/capture', { text, frozen: moment, style });
      if (!result || 'error' in result) throw new Error(result?.error ?? 'Confnotes did not answer.');
      pending.current = null;
      fromKeyPress.current = false;
      setFrozen(null);
      // Only a saved note resumes the talk: after a failure the user is still at the note.
      void ask('youtube/resume', {}).catch(logged('resuming the talk after the note'));
      return result.value;
    },
    [ask],
  );

  return { onStartTyping, save, frozen };
}
