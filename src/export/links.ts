/**
 * Markdown links, inline (`[text](url)`) or reference-style (`[text][label]` with `[label]: url` collected at the
 * bottom, one label per distinct URL, in order of first use). A label is a short slug of the link's name (the
 * page's title, the link's text), unique within the writeup (`talk`, `talk-2`); the user's own label for an
 * address (kept on the session) wins and is reserved first, so no made-up label takes it. Callers pass link text
 * already escaped and URLs already checked by `markdownUrl`; one Links object lives for one writeup.
 */
import { markdownDestination } from './escape';
import { labelKey, labelSlug } from './reference-label';

export class Links {
  private readonly labels = new Map<string, string>();
  private readonly used = new Set<string>();
  private readonly chosen = new Map<string, string>();
  private readonly order: string[] = [];
  /** The next number to try after a base label, so 10,000 links of one name cost one lookup each, not 10,000. */
  private readonly next = new Map<string, number>();

  /** `chosen`: the user's labels by address (renamed references); invalid or repeated ones are ignored. */
  constructor(
    private readonly style: 'inline' | 'reference',
    chosen: Readonly<Record<string, string>> = {},
  ) {
    if (style === 'inline') return;
    for (const url of Object.keys(chosen).sort()) {
      const label = labelSlug(chosen[url] ?? '');
      if (!label || this.used.has(labelKey(label))) continue;
      this.used.add(labelKey(label));
      this.chosen.set(url, label);
    }
  }

  /**
   * A link with escaped `text` to a safe `url`. `name`: what its label is made from when not the text itself
   * (a tweet's date link is named by its author: `devon_writes-june-12-2025` rather than `june-12-2025`).
   */
  link(text: string, url: string, name?: string): string {
    if (this.style === 'inline') return `[${text}](${markdownDestination(url)})`;
    // Backslash escapes are the text's Markdown, not its words: `@mira\_okafor` names `mira_okafor`.
    return `[${text}][${this.labelOf(url, () => labelSlug((name ?? text).replace(/\\(.)/g, '$1')))}]`;
  }

  /**
   * A link whose label is made by the caller: `slug` already of letters, digits, `-` and `_` only (a timestamp's
   * `pager-fatigue-12-34`: its talk's words and its whole time, longer than a slug of five words).
   */
  linkAs(text: string, url: string, slug: string): string {
    if (this.style === 'inline') return `[${text}](${markdownDestination(url)})`;
    return `[${text}][${this.labelOf(url, () => slug)}]`;
  }

  /** The label of `url`, made on its first use (its base from `slug`, which is called only then). */
  private labelOf(url: string, slug: () => string): string {
    let label = this.labels.get(url);
    if (label !== undefined) return label;
    label = this.chosen.get(url) ?? this.fresh(slug() || 'link');
    this.labels.set(url, label);
    this.order.push(url);
    return label;
  }

  private fresh(base: string): string {
    const baseKey = labelKey(base);
    let label = base;
    let key = baseKey;
    let n = this.next.get(baseKey) ?? 2;
    while (this.used.has(key)) {
      label = `${base}-${n++}`;
      key = labelKey(label);
    }
    // Most labels are unique at once (a timestamp's): no entry for them, one Map write fewer per link.
    if (n > 2 || this.next.has(baseKey)) this.next.set(baseKey, n);
    this.used.add(key);
    return label;
  }

  /** The reference definitions, one per line, or '' when there are none (always '' for inline links). */
  definitions(): string {
    return this.order.map((url) => `[${this.labels.get(url)}]: ${markdownDestination(url)}`).join('\n');
  }
}
