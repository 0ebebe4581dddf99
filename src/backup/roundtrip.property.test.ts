/**
 * One schema for what is stored and what is backed up, as a property: any store contents the store accepts,
 * however built (random text with lone surrogates and inherited-looking words, hostile captured tweets, notes
 * moved before others), export to a backup that imports into a fresh profile and exports again byte for byte.
 * And the limits the code fits values to are the schema's own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../../docs/backup-format.schema.json';
import { LIMITS } from '../model/limits';
import type { Post } from '../model/types';
import { freshStore } from '../store/test-support';
import { exportBackup } from './export';
import { importBackup } from './import';
import { sampleTweet } from './test-support';

const AT = '2026-01-01T00:00:00.000Z';
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '__proto__', 'constructor', '\n\n', '<script>x</script>'),
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(`https://t.co/${'a'.repeat(5000)}`, 'javascript:alert(1)', 'https://x y'),
);

const tweet: fc.Arbitrary<Post> = fc
  .record({
    id: fc.bigInt({ min: 1n, max: 10n ** 20n }).map(String),
    lang: fc.oneof(fc.constantFrom('en', 'ar', '', 'x'.repeat(39)), text),
    authorName: text,
    handle: fc.oneof(fc.constantFrom('ada_builds', 'evil\n\nhandle'), text),
    time: fc.constantFrom('', '2018-09-27T09:30:00.000Z', 'yesterday'),
    parts: fc.array(
      fc.oneof(
        text.map((t) => ({ type: 'text' as const, text: t })),
        fc.tuple(text, url).map(([t, href]) => ({ type: 'url' as const, text: t, href })),
        text.map((t) => ({ type: 'mention' as const, text: `@${t}`, handle: t })),
      ),
      { maxLength: 5 },
    ),
    media: fc.array(
      url.map((u) => ({ type: 'photo' as const, url: u })),
      { maxLength: 2 },
    ),
    quoted: fc.option(fc.constant(sampleTweet('', { url: '', quoted: sampleTweet('9') })), { nil: undefined }),
  })
  .map(({ id, quoted, ...rest }) => sampleTweet(id, { ...rest, ...(quoted ? { quoted } : {}) }));

type Step =
  | { do: 'text'; text: string; before: boolean }
  | { do: 'quote'; text: string; cite: string; url: string }
  | { do: 'page'; url: string; title: string; selection: string }
  | { do: 'tweet'; tweet: Post; comment: string }
  | { do: 'section'; title: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('text' as const), text, before: fc.boolean() }),
  fc.record({ do: fc.constant('quote' as const), text, cite: text, url: fc.webUrl() }),
  fc.record({ do: fc.constant('page' as const), url: fc.webUrl(), title: text, selection: text }),
  fc.record({ do: fc.constant('tweet' as const), tweet, comment: text }),
  fc.record({ do: fc.constant('section' as const), title: text }),
);

describe('store -> export -> import -> export', () => {
  it('gives the same backup, for any contents the store accepts', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(step, { maxLength: 25 }), async (title, steps) => {
        const { store, db } = await freshStore();
        const session = await store.createSession({
          title: `${title}x`,
          date: '',
          description: title,
          tags: [],
          categories: [],
          fields: { [`k${title}`]: title },
        });
        let section = await store.addSection(session.id, { title });
        let last: string | undefined;
        for (const s of steps) {
          if (s.do === 'section') section = await store.addSection(session.id, { title: s.title });
          else if (s.do === 'text')
            last = (
              await store.addNote(
                session.id,
                section.id,
                { kind: 'text', text: s.text },
                s.before && last ? { beforeId: last } : {},
              )
            ).id;
          else if (s.do === 'quote')
            await store.addNote(session.id, section.id, { kind: 'quote', text: s.text, cite: s.cite, url: s.url });
          else if (s.do === 'page')
            await store.addNote(session.id, section.id, {
              kind: 'page',
              url: s.url,
              title: s.title,
              selection: s.selection,
              comment: '',
            });
          else await store.clipPost(session.id, section.id, s.tweet, s.comment);
          if (s.do !== 'text') last = undefined;
        }
        const first = await exportBackup(db, AT);
        const fresh = await freshStore('other');
        await importBackup(fresh.db, first);
        expect(await exportBackup(fresh.db, AT)).toBe(first);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe("the limits are the schema's", () => {
  const defs = schema.$defs;
  it('text, link and list limits', () => {
    expect(defs.shortText.maxLength).toBe(LIMITS.shortText);
    expect(defs.longText.maxLength).toBe(LIMITS.longText);
    expect(defs.httpUrl.maxLength).toBe(LIMITS.url);
    expect(defs.post.properties.lang.maxLength).toBe(LIMITS.lang);
    expect(defs.post.properties.parts.maxItems).toBe(LIMITS.tweetParts);
    expect(defs.post.properties.media.maxItems).toBe(LIMITS.tweetMedia);
    expect(defs.post.properties.thread.maxItems).toBe(LIMITS.thread);
    expect(defs.order.maximum).toBe(LIMITS.order);
    expect(defs.order.minimum).toBe(-LIMITS.order);
  });
});
