/**
 * After a clip, the clip's own button says where the tweet went ("Clipped to Open Spaces") and the "Add comment"
 * button beside it opens a small text field in the same closed shadow root: Enter saves the comment through the
 * background (`post/comment`, which accepts only a clip's comment), Escape puts the buttons back. All of it in the
 * place the buttons already take, so the page sees no change; trusted input only.
 */
import { askBackground } from './runtime';
import { onTrusted, partsOf, setButton } from './clip-button';

export interface Filed {
  noteId: string;
  sectionTitle: string;
  /** The clip's comment so far (a tweet clipped before may have one). */
  comment: string;
}

/** The offer on each host: clicking "Clipped to …" again clips again (a duplicate) and makes a new offer. */
const offers = new WeakMap<Element, AbortController>();

/** Offers comments on the clip `filed` on this host; `pageSignal` ends the offer with the page's buttons. */
export function offerComment(host: Element, filed: Filed, pageSignal: AbortSignal): void {
  const parts = partsOf(host);
  if (!parts) return;
  offers.get(host)?.abort();
  const offer = new AbortController();
  offers.set(host, offer);
  const signal = AbortSignal.any([pageSignal, offer.signal]);
  const { button, comment, field } = parts;
  const where = `Clipped to ${filed.sectionTitle}`;
  let saved = filed.comment;
  setButton(host, where, 'done', where);
  comment.classList.remove('unoffered');

  const editing = (on: boolean) => {
    button.hidden = on;
    comment.hidden = on;
    field.hidden = !on;
  };
  const close = () => {
    editing(false);
    comment.focus();
  };
  onTrusted(
    comment,
    'click',
    () => {
      field.value = saved;
      editing(true);
      field.focus();
    },
    signal,
  );
  onTrusted<KeyboardEvent>(
    field,
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        void save(field.value);
      }
    },
    signal,
  );

  async function save(text: string): Promise<void> {
    field.disabled = true;
    try {
      const result = await askBackground('post/comment', { noteId: filed.noteId, comment: text });
      if ('error' in result) {
        setButton(host, 'Comment not saved', 'error', result.error);
      } else {
        saved = text;
        setButton(host, text ? 'Comment saved' : where, 'done', text ? `${where}, with your comment` : where);
      }
    } catch {
      // No answer (the extension reloaded or its worker died): the button says so and the user can try again.
      setButton(host, 'Comment not saved', 'error', 'Confnotes did not answer: try again.');
    } finally {
      field.disabled = false;
      close();
    }
  }
}
