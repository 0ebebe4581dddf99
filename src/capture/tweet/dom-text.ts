/**
 * Small DOM readers shared by the tweet parsers. They only read: nothing here changes the page, and text comes out
 * as plain strings (emoji images become their `alt` character), never as HTML.
 */

/** The elements matching `selector` under `root`, leaving out those inside `exclude` (a quoted tweet). */
export function ownAll(root: Element, selector: string, exclude: Element | null): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => !exclude || !exclude.contains(el));
}

export function own(root: Element, selector: string, exclude: Element | null): Element | null {
  return ownAll(root, selector, exclude)[0] ?? null;
}

/**
 * The text a reader sees in an element: text nodes as they are, `<img alt>` (X's emoji) as the alt text,
 * `<br>` as a line break; SVG icons and scripts are skipped.
 */
export function readableText(el: Node): string {
  let out = '';
  for (const child of el.childNodes) {
    if (child.nodeType === 3) out += (child as Text).data;
    else if (child.nodeType === 1) {
      const tag = (child as Element).localName;
      if (tag === 'img') out += (child as Element).getAttribute('alt') ?? '';
      else if (tag === 'br') out += '\n';
      else if (tag !== 'svg' && tag !== 'script' && tag !== 'style') out += readableText(child);
    }
  }
  return out;
}

/** A URL resolved against the page, or null when it is not one. */
export function resolveUrl(href: string | null, base: string): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** Only http(s) URLs may ever become links or media sources. */
export function httpUrl(href: string | null, base: string): string | null {
  const url = resolveUrl(href, base);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
}
