/**
 * Which addresses may become a link, a media source or a stored URL: http and https only, never `javascript:`,
 * `data:`, `file:` or anything the URL parser refuses. The one rule for every layer (capture, store, pages,
 * export, schedules); a layer adds only what its output needs (the Markdown export encodes the characters a link
 * destination cannot hold).
 */
import { LIMITS } from './limits';

/**
 * The address as the URL parser normalises it (`HTTP://Example.org` → `http://example.org/`, spaces
 * percent-encoded), resolved against `base` when it is relative and a base is given; null for anything that is
 * not an http(s) address: another scheme, text the parser refuses, a relative address without a base, no text.
 */
export function safeHttpUrl(raw: unknown, base?: string): string | null {
  if (typeof raw !== 'string') return null;
  // Control characters are never part of an address a person meant: the URL parser drops tabs and line breaks (as
  // browsers do for a wrapped href), and the rest are removed the same way rather than percent-encoded. (Written
  // here, not as a module constant: a content script importing this module for nothing else then carries none of it.)
  const text = raw.replace(/\p{Cc}/gu, '').trim();
  if (!text) return null;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return null; // not an address: the contract's answer for it
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** A safe address short enough to store (the backup schema's bound), or null. */
export function storableHttpUrl(raw: unknown): string | null {
  const url = safeHttpUrl(raw);
  return url !== null && url.length <= LIMITS.url ? url : null;
}
