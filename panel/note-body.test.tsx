// @vitest-environment jsdom
/** Notes read as text: captured strings never become markup, and only http(s) addresses become links. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Note } from '../src/model/types';
import { NoteBody } from './note-body';

afterEach(cleanup);
const base = { id: 'n', sessionId: 's', sectionId: 'x', order: 1, createdAt: 0, updatedAt: 0 };

test('a text note with markup shows the markup as text, with its moment as a link to the talk', () => {
  const note: Note = {
    ...base,
    kind: 'text',
    text: '<img src=x onerror="alert(1)"> **bold**',
    at: { videoId: 'dQw4w9WgXcQ', seconds: 65 },
  };
  const { container } = render(<NoteBody note={note} />);
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('.note-text')!.textContent).toBe('<img src=x onerror="alert(1)"> **bold**');
  const moment = container.querySelector('a.moment') as HTMLAnchorElement;
  expect(moment.textContent).toBe('1:05');
  expect(moment.href).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=65s');
});

test('a page clip links only http(s) addresses', () => {
  const page = (url: string): Note => ({
    ...base,
    kind: 'page',
    url,
    title: 'Slides',
    selection: 'quoted',
    comment: 'mine',
  });
  const safe = render(<NoteBody note={page('https://example.com/slides')} />);
  expect((safe.container.querySelector('a') as HTMLAnchorElement).href).toBe('https://example.com/slides');
  cleanup();
  const hostile = render(<NoteBody note={page('javascript:alert(1)')} />);
  expect(hostile.container.querySelector('a')).toBeNull();
  expect(hostile.container.textContent).toContain('Slides');
});

test('a quote shows who said it', () => {
  const note: Note = { ...base, kind: 'quote', text: 'Deploy on Fridays.', cite: 'A speaker' };
  const { container } = render(<NoteBody note={note} />);
  expect(container.querySelector('blockquote')!.textContent).toBe('Deploy on Fridays.— A speaker');
});

test("a quote of a page names the page and links to it; a speaker's quote has no link", () => {
  const quote = (cite: string, url?: string): Note => ({
    ...base,
    kind: 'quote',
    text: 'Small is reversible.',
    cite,
    ...(url ? { url } : {}),
  });
  const page = render(<NoteBody note={quote('Small pull requests', 'https://blog.example.org/small')} />);
  const link = page.container.querySelector('footer a') as HTMLAnchorElement;
  expect(link.textContent).toBe('Small pull requests');
  expect(link.href).toBe('https://blog.example.org/small');
  cleanup();
  const untitled = render(<NoteBody note={quote('', 'https://blog.example.org/small')} />);
  expect(untitled.container.querySelector('footer')!.textContent).toBe('— https://blog.example.org/small');
  cleanup();
  const hostile = render(<NoteBody note={quote('Page', 'javascript:alert(1)')} />);
  expect(hostile.container.querySelector('a')).toBeNull();
  cleanup();
  const speaker = render(<NoteBody note={quote('Ines Varga')} />);
  expect(speaker.container.querySelector('footer')!.textContent).toBe('— Ines Varga');
});
