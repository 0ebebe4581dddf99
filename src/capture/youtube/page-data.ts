/**
 * What a watch page says about its video in its own data, for when the rendered owner link is not there (the
 * first paint, the server's HTML, older layouts): `ytInitialPlayerResponse` (a script in the page's HTML),
 * microdata (`itemprop` tags of the VideoObject, the author a Person) and ld+json. YouTube leaves all three behind
 * after in-page navigation, so each is used only when the video id it names is the URL's.
 */
import { YT } from './selectors';

export interface PageData {
  title?: string;
  channel?: string;
  /** As the data has it: the background keeps it only through `channelUrlOf` (src/model/youtube.ts). */
  channelUrl?: string;
}

/** The JSON object that starts at `from` in `text` (strings and escapes respected), or null. */
function objectAt(text: string, from: number): unknown {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(from, i + 1));
      } catch {
        return null; // not JSON after all (the page's script changed): this source gives nothing
      }
    }
  }
  return null;
}

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Loose) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Parsed player responses by script, while its text stays the same (the panel asks every second). */
const parsed = new WeakMap<Element, { text: string; data: Loose }>();

function playerResponse(script: Element): Loose {
  const text = script.textContent ?? '';
  const known = parsed.get(script);
  if (known?.text === text) return known.data;
  const at = text.indexOf('ytInitialPlayerResponse');
  const start = at < 0 ? -1 : text.indexOf('{', at);
  const data = obj(start < 0 ? null : objectAt(text, start));
  parsed.set(script, { text, data });
  return data;
}

function fromPlayerResponse(doc: Document, videoId: string): PageData | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('ytInitialPlayerResponse') || !text.includes(videoId)) continue;
    const data = playerResponse(script);
    const details = obj(data.videoDetails);
    if (details.videoId !== videoId) continue;
    const micro = obj(obj(data.microformat).playerMicroformatRenderer);
    const channelId = str(details.channelId);
    const channelUrl =
      str(micro.ownerProfileUrl) ||
      (/^UC[\w-]{22}$/.test(channelId) ? `https://www.youtube.com/channel/${channelId}` : '');
    return { title: str(details.title), channel: str(details.author) || str(micro.ownerChannelName), channelUrl };
  }
  return null;
}

function fromMicrodata(doc: Document, videoId: string): PageData | null {
  for (const scope of doc.querySelectorAll('[itemscope][itemtype*="VideoObject"]')) {
    const id = scope.querySelector('meta[itemprop="videoId"], meta[itemprop="identifier"]')?.getAttribute('content');
    if (id !== videoId) continue;
    const author = scope.querySelector('[itemprop="author"]');
    const name = author?.querySelector('[itemprop="name"]');
    const url = author?.querySelector('[itemprop="url"]');
    return {
      title: str(scope.querySelector('meta[itemprop="name"]')?.getAttribute('content')),
      channel: str(name?.getAttribute('content') ?? name?.textContent),
      channelUrl: str(url?.getAttribute('href') ?? url?.getAttribute('content')),
    };
  }
  return null;
}

function fromLdJson(doc: Document, videoId: string): PageData | null {
  for (const script of doc.querySelectorAll(YT.ldJson)) {
    const raw = script.textContent ?? '';
    if (raw.length > 100_000 || !raw.includes(videoId)) continue;
    let data: Loose;
    try {
      data = obj(JSON.parse(raw));
    } catch {
      continue; // a block that is not JSON tells us nothing; the next may
    }
    const urls = [data.url, data.embedUrl, data['@id']].map(str);
    if (!urls.some((u) => u.includes(videoId))) continue;
    const author = typeof data.author === 'string' ? { name: data.author } : obj(data.author);
    return { title: str(data.name), channel: str(author.name), channelUrl: str(author.url) };
  }
  return null;
}

/** The first source naming this video that gives a channel, or the first one at all; {} when none does. */
export function pageData(doc: Document, videoId: string): PageData {
  const found = [fromPlayerResponse(doc, videoId), fromMicrodata(doc, videoId), fromLdJson(doc, videoId)].filter(
    (d): d is PageData => !!d,
  );
  return found.find((d) => d.channel) ?? found[0] ?? {};
}
