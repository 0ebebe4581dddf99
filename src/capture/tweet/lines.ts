/**
 * The lines of text a block shows, in order. X puts each line of a card, a poll or an article preview in its own
 * text element (`div[dir]` or a `span` of its own); the innermost ones are the lines. Icons and hidden parts are
 * left out.
 */
import { all, readableText, squash, type ElementNode, type Test } from './node';
import { HIDDEN } from './selectors';

const TEXTY: Test = (el) => el.getAttribute('dir') !== null || el.localName === 'span' || el.localName === 'time';

export function textLines(root: ElementNode, skip?: Test): string[] {
  const out: string[] = [];
  const hide: Test = (el) => HIDDEN(el) || !!skip?.(el);
  for (const el of all(root, TEXTY, hide)) {
    if (all(el, TEXTY, hide).length > 0) continue;
    const line = squash(readableText(el, hide));
    if (line) out.push(line);
  }
  return out;
}
