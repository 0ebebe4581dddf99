/**
 * Markdown links, inline (`[text](url)`) or reference-style (`[text][1]` with `[1]: url` collected at the bottom,
 * one number per distinct URL, numbered in order of first use). Callers pass link text already escaped and URLs
 * already checked by `safeHttpUrl`; one Links object lives for one writeup.
 */
import { markdownDestination } from './escape';

export class Links {
  private readonly numbers = new Map<string, number>();
  private readonly urls: string[] = [];

  constructor(private readonly style: 'inline' | 'reference') {}

  /** A link with escaped `text` to a safe `url`. */
  link(text: string, url: string): string {
    if (this.style === 'inline') return `[${text}](${markdownDestination(url)})`;
    let n = this.numbers.get(url);
    if (n === undefined) {
      n = this.urls.push(url);
      this.numbers.set(url, n);
    }
    return `[${text}][${n}]`;
  }

  /** The reference definitions, one per line, or '' when there are none (always '' for inline links). */
  definitions(): string {
    return this.urls.map((url, i) => `[${i + 1}]: ${markdownDestination(url)}`).join('\n');
  }
}
