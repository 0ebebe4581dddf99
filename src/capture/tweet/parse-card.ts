/**
 * Cards under a tweet: link cards (one, or a carousel of several), cards with no link (an app or audio card), and
 * polls. A card shows its domain and its title as separate lines (small cards add a description; large ones put
 * the domain on the image and may give the title only in the link's aria-label, "domain title"). Each distinct
 * link in a card frame is one card, read from the smallest block holding that link's elements and no other's.
 */
import { safeHttpUrl } from '../../model/safe-url';
import type { PostMedia, PostPoll } from '../../model/types';
import { all, attr, contains, first, readableText, squash, type ElementNode, type Test } from './node';
import { textLines } from './lines';
import { CARD, CAROUSEL_BUTTON, IMG, LINK, POLL } from './selectors';

export interface Cards {
  cards: PostMedia[];
  poll?: PostPoll;
  unreadable: ('card' | 'poll')[];
}

export function parseCards(root: ElementNode, skip: Test, base: string): Cards {
  const out: Cards = { cards: [], unreadable: [] };
  for (const frame of all(root, CARD, skip)) {
    if (POLL(frame) || first(frame, POLL)) {
      const poll = parsePoll(first(frame, POLL) ?? frame);
      if (poll) out.poll = poll;
      else out.unreadable.push('poll');
      continue;
    }
    const cards = linkCards(frame, base);
    if (cards.length > 0) out.cards.push(...cards);
    else out.unreadable.push('card');
  }
  return out;
}

function linkCards(frame: ElementNode, base: string): PostMedia[] {
  const links = all(frame, (el) => LINK(el) && !!safeHttpUrl(el.getAttribute('href'), base));
  const hrefs = [...new Set(links.map((a) => safeHttpUrl(a.getAttribute('href'), base)!))];
  if (hrefs.length === 0) {
    const card = cardFrom(frame, '', base);
    return card.title || card.image ? [card] : [];
  }
  return hrefs.map((href) => {
    const own = links.filter((a) => safeHttpUrl(a.getAttribute('href'), base) === href);
    const others = links.filter((a) => !own.includes(a));
    // Up from the first link until the block holds all of its links, then on while no other card's link joins.
    let block = own[0]!;
    while (block !== frame && block.parentElement) {
      const up: ElementNode = block.parentElement;
      if (own.every((a) => contains(block, a)) && others.some((a) => contains(up, a))) break;
      block = up;
    }
    return cardFrom(block, href, base, own);
  });
}

const HOST = /^(?:\S+\s)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})$/u;

function cardFrom(block: ElementNode, href: string, base: string, links: ElementNode[] = []): PostMedia {
  const lines = textLines(block, CAROUSEL_BUTTON);
  const image = safeHttpUrl(first(block, IMG)?.getAttribute('src') ?? null, base);
  // Domain lines: a host name, possibly after a short word ("From example.org", "Von example.org"); X may show
  // it twice (over the image and under the card).
  const isDomain = (l: string) => HOST.test(l) && l.split(' ').length <= 2;
  const domainLine = lines.find(isDomain);
  const domain = domainLine ? HOST.exec(domainLine)![1]! : '';
  const rest = lines.filter((l) => !isDomain(l));
  let title = rest[0] ?? '';
  if (!title) {
    const label = squash(links.map((a) => attr(a, 'aria-label')).find(Boolean) ?? '');
    title =
      domainLine && label.startsWith(`${domainLine} `)
        ? label.slice(domainLine.length + 1)
        : domain && label.startsWith(`${domain} `)
          ? label.slice(domain.length + 1)
          : label;
  }
  const card: PostMedia = { type: 'card', url: href };
  if (image) card.image = image;
  if (domain) card.domain = domain;
  if (title) card.title = title;
  if (rest[1]) card.description = rest[1];
  return card;
}

const PERCENT = /^(\d{1,3}(?:[.,]\d+)?)\s?%$/;

/**
 * A poll: its choices (radio buttons while it is open, a list with percentages once voted or closed), the vote
 * count and the status line ("Final results", "2 days left"), which X writes as one line split by "·" or as two.
 */
export function parsePoll(poll: ElementNode): PostPoll | null {
  const rows = all(poll, (el) => ['radio', 'listitem'].includes(attr(el, 'role')) || el.localName === 'li').filter(
    (el, _, list) => !list.some((o) => o !== el && contains(o, el)),
  );
  const options = rows
    .map((row) => {
      const lines = textLines(row);
      const pct = lines.find((l) => PERCENT.test(l));
      const label = squash(lines.filter((l) => l !== pct).join(' ')) || squash(readableText(row));
      return pct ? { label, percent: Number(PERCENT.exec(pct)![1]!.replace(',', '.')) } : { label };
    })
    .filter((o) => o.label);
  if (options.length < 2) return null;
  const footer = textLines(poll, (el) => rows.includes(el))
    .flatMap((l) => l.split('·'))
    .map(squash)
    .filter((l) => l && !PERCENT.test(l));
  const votes = footer.find((l) => /\d/.test(l)) ?? '';
  const status = footer.find((l) => l !== votes) ?? '';
  return { options, votes, status };
}
