/**
 * The little of the DOM the tweet parsers use, as an interface that both a live page's elements and a snapshot
 * rebuilt in the background (src/capture/tweet/snapshot.ts) satisfy. The content script only reads ids and ad
 * marks from the live page; the whole tweet is parsed in the background from a snapshot, so the parsers are
 * written against this and never against `querySelector`.
 */
/** Node types as numbers (3: text, 1: element), so that a live DOM node is one of these as it is. */
export interface TextNode {
  nodeType: number;
  data: string;
}
export interface ElementNode {
  nodeType: number;
  localName: string;
  getAttribute: (name: string) => string | null;
  readonly childNodes: ArrayLike<AnyNode>;
  readonly parentElement: ElementNode | null;
}
export type AnyNode = { nodeType: number; data?: unknown };
export type Test = (el: ElementNode) => boolean;

const isElement = (n: AnyNode): n is ElementNode => n.nodeType === 1;

/** Elements of a tree, depth first in document order, skipping the subtrees `skip` says. */
export function all(root: ElementNode, test: Test, skip?: Test): ElementNode[] {
  const found: ElementNode[] = [];
  const walk = (el: ElementNode) => {
    for (const child of Array.from(el.childNodes)) {
      if (!isElement(child) || skip?.(child)) continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

export function first(root: ElementNode, test: Test, skip?: Test): ElementNode | null {
  return all(root, test, skip)[0] ?? null;
}

/** The element itself or its nearest ancestor passing `test`, not above `top` when given. */
export function closest(el: ElementNode | null, test: Test, top?: ElementNode): ElementNode | null {
  for (let at = el; at; at = at.parentElement) {
    if (test(at)) return at;
    if (at === top) break;
  }
  return null;
}

export function contains(outer: ElementNode, inner: ElementNode | null): boolean {
  return !!closest(inner, (el) => el === outer);
}

export function children(el: ElementNode): ElementNode[] {
  return Array.from(el.childNodes).filter(isElement);
}

export const attr = (el: ElementNode | null | undefined, name: string): string => el?.getAttribute(name) ?? '';
export const testId =
  (...ids: string[]): Test =>
  (el) =>
    ids.includes(attr(el, 'data-testid'));
export const testIdLike =
  (pattern: RegExp): Test =>
  (el) =>
    pattern.test(attr(el, 'data-testid'));
export const tag =
  (name: string): Test =>
  (el) =>
    el.localName === name;
export const hasAttr =
  (name: string, value?: string): Test =>
  (el) =>
    value === undefined ? el.getAttribute(name) !== null : el.getAttribute(name) === value;

/**
 * The text a reader sees in an element: text nodes as they are, `<img alt>` (X's emoji) as the alt text, `<br>` as
 * a line break; SVG icons, scripts and anything under `skip` are left out.
 */
export function readableText(node: ElementNode, skip?: Test): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += String(child.data);
    else if (isElement(child) && !skip?.(child)) {
      const name = child.localName;
      if (name === 'img') out += child.getAttribute('alt') ?? '';
      else if (name === 'br') out += '\n';
      else if (name !== 'svg' && name !== 'script' && name !== 'style') out += readableText(child, skip);
    }
  }
  return out;
}

/** Trimmed, with runs of spaces (not line breaks) folded. */
export const squash = (s: string): string => s.replace(/[ \t\u00a0]+/g, ' ').trim();

/** A URL resolved against the page, or null when it is not one. */
export function resolveUrl(href: string | null, base: string): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null; // not an address: no link
  }
}
