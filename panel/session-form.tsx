/**
 * The form for a new session and for editing one: title, date, description, tags and categories (comma
 * separated), the writeup's introduction and closing remarks (with their heading), extra front-matter fields and
 * reference labels. The title is required; the typed values stay in the form when saving fails.
 */
import { useState } from 'preact/hooks';
import type { Session } from '../src/model/types';
import { logged } from '../src/log';
import type { SessionInput } from '../src/store/api';
import { FieldRows, recordOf, rowsOf } from './field-rows';

export function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item) seen.add(item);
  }
  return [...seen];
}

interface Props {
  /** The session to edit; absent for a new one. */
  session?: Session;
  onSubmit: (input: SessionInput) => Promise<boolean>;
  /** Closes the form (also after a save); without it the form has no Cancel (the first session must be made). */
  onCancel?: () => void;
}

export function SessionForm({ session, onSubmit, onCancel }: Props) {
  const [title, setTitle] = useState(session?.title ?? '');
  const [date, setDate] = useState(session?.date ?? '');
  const [description, setDescription] = useState(session?.description ?? '');
  const [tags, setTags] = useState(session?.tags.join(', ') ?? '');
  const [categories, setCategories] = useState(session?.categories.join(', ') ?? '');
  const [intro, setIntro] = useState(session?.intro ?? '');
  const [closing, setClosing] = useState(session?.closing ?? '');
  const [closingHeading, setClosingHeading] = useState(session?.closingHeading ?? 'Closing Remarks');
  const [fields, setFields] = useState(rowsOf(session?.fields));
  const [labels, setLabels] = useState(rowsOf(session?.labels));
  const [busy, setBusy] = useState(false);
  const prefix = session ? 'edit-session' : 'new-session';
  const heading = session ? 'Edit session' : 'New session';

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim() || busy) return;
    setBusy(true);
    const input = {
      title: title.trim(),
      date,
      description: description.trim(),
      tags: splitList(tags),
      categories: splitList(categories),
      intro,
      closing,
      closingHeading,
      fields: recordOf(fields),
      labels: recordOf(labels),
    };
    // onSubmit shows the failures it expects; anything else keeps the form open and is logged.
    const saved = await onSubmit(input).catch(logged('saving the session'));
    setBusy(false);
    if (saved) onCancel?.();
  };

  return (
    <form
      class="card session-form"
      aria-label={heading}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}
    >
      <h2>{heading}</h2>
      <label for={`${prefix}-title`}>Title</label>
      <input id={`${prefix}-title`} required value={title} autoFocus onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for={`${prefix}-date`}>Date</label>
      <input id={`${prefix}-date`} type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      <label for={`${prefix}-description`}>Description</label>
      <textarea
        id={`${prefix}-description`}
        rows={2}
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
      />
      <label for={`${prefix}-tags`}>
        Tags <span class="hint">(comma separated)</span>
      </label>
      <input id={`${prefix}-tags`} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <label for={`${prefix}-categories`}>
        Categories <span class="hint">(comma separated)</span>
      </label>
      <input id={`${prefix}-categories`} value={categories} onInput={(e) => setCategories(e.currentTarget.value)} />
      <label for={`${prefix}-intro`}>
        Introduction <span class="hint">(Markdown, right after the front matter)</span>
      </label>
      <textarea id={`${prefix}-intro`} rows={3} value={intro} onInput={(e) => setIntro(e.currentTarget.value)} />
      <label for={`${prefix}-closing-heading`}>Closing heading</label>
      <input
        id={`${prefix}-closing-heading`}
        value={closingHeading}
        onInput={(e) => setClosingHeading(e.currentTarget.value)}
      />
      <label for={`${prefix}-closing`}>
        Closing remarks <span class="hint">(Markdown, at the end)</span>
      </label>
      <textarea id={`${prefix}-closing`} rows={3} value={closing} onInput={(e) => setClosing(e.currentTarget.value)} />
      <FieldRows
        what="Front matter field"
        nameLabel="Field name"
        valueLabel="Field value"
        namePlaceholder="image"
        valuePlaceholder="/img/event.png"
        prefix={`${prefix}-field`}
        rows={fields}
        onChange={setFields}
      />
      <FieldRows
        what="Reference label"
        nameLabel="Link address"
        valueLabel="Label"
        namePlaceholder="https://example.com/post"
        valuePlaceholder="nexus-lifecycle"
        prefix={`${prefix}-label`}
        rows={labels}
        onChange={setLabels}
      />
      <div class="row">
        <button type="submit" class="primary" disabled={busy || !title.trim()}>
          {session ? 'Save session' : 'Create session'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
