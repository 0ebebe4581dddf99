/**
 * A tweet's markup as plain data, for the message from the content script to the background: element names, the
 * few attributes the parsers read, and text. The content script takes the snapshot (cheap, no parsing, so it
 * stays tiny); the background rebuilds it as a tree of ElementNodes and parses it there. Scripts, styles and
 * icons' insides are left out, and the size is capped, so a hostile page cannot make the message huge.
 */
import type { AnyNode, ElementNode, TextNode } from './node';

export type SnapNode = string | SnapElement;
/** `[name, attributes, ...children]` */
export type SnapElement = [string, Record<string, string>, ...SnapNode[]];

/** The attributes X's parsers read (the default); Bluesky's add to them. */
export const KEEP = [
  'data-testid',
  'href',
  'src',
  'alt',
  'aria-label',
  'aria-hidden',
  'lang',
  'dir',
  'datetime',
  'role',
  'poster',
  'title',
  'data-block',
];
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'path', 'g']);
/** Far above any real tweet (a long X Article is some thousands of nodes). */
export const MAX_NODES = 40_000;

/**
 * The snapshot of a live element (content script side). Our own buttons are left out. `keep`: the attributes the
 * site's parsers read (X's by default; Mastodon's markup is read by its classes).
 */
export function snapshot(el: Element, budget = { left: MAX_NODES }, keep: readonly string[] = KEEP): SnapElement {
  const attrs: Record<string, string> = {};
  for (const name of keep) {
    const value = el.getAttribute(name);
    if (value !== null) attrs[name] = value.slice(0, 2000);
  }
  const out: SnapElement = [el.localName, attrs];
  for (const child of el.childNodes) {
    if (--budget.left < 0) break;
    if (child.nodeType === 3) out.push((child as Text).data.slice(0, 10_000));
    else if (
      child.nodeType === 1 &&
      !SKIP.has((child as Element).localName) &&
      !(child as Element).hasAttribute('data-confnotes')
    ) {
      out.push(snapshot(child as Element, budget, keep));
    }
  }
  return out;
}

class SnapTreeElement implements ElementNode {
  readonly nodeType = 1;
  readonly childNodes: AnyNode[] = [];
  constructor(
    readonly localName: string,
    private readonly attrs: Map<string, string>,
    readonly parentElement: ElementNode | null,
  ) {}
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
}

/**
 * The tree of a snapshot received from a content script (background side), or null when it is not one. Anything
 * malformed is dropped, never thrown; depth and size are capped.
 */
export function fromSnapshot(
  value: unknown,
  parent: ElementNode | null = null,
  budget = { left: MAX_NODES },
  depth = 0,
  keep: readonly string[] = KEEP,
): ElementNode | null {
  if (
    !Array.isArray(value) ||
    typeof value[0] !== 'string' ||
    typeof value[1] !== 'object' ||
    value[1] === null ||
    depth > 400 ||
    --budget.left < 0
  )
    return null;
  const attrs = new Map<string, string>();
  for (const [k, v] of Object.entries(value[1] as Record<string, unknown>)) {
    if (keep.includes(k) && typeof v === 'string') attrs.set(k, v);
  }
  const el = new SnapTreeElement(value[0].toLowerCase().slice(0, 40), attrs, parent);
  for (const child of value.slice(2)) {
    if (typeof child === 'string') el.childNodes.push({ nodeType: 3, data: child } satisfies TextNode);
    else {
      const sub = fromSnapshot(child, el, budget, depth + 1, keep);
      if (sub) el.childNodes.push(sub);
    }
  }
  return el;
}
