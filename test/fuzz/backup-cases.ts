/**
 * Crafted backup files for the CLI fuzz run (scripts/fuzz-cli.mjs), each labelled with what a correct validator
 * does with it: `accept` (a good file, however odd) or `refuse` (a bad one). Deterministic: a seeded generator,
 * so two runs try the same files. Built from the golden backup and the bench's generated sessions.
 */
import golden from '../golden/conference/backup.json';
import { backupText, generateSession, random } from '../../bench/generate-session';

export interface FuzzCase {
  name: string;
  /** The file's content (a string, or bytes for encodings). */
  text: string | Buffer;
  expect: 'accept' | 'refuse';
}

type Json = any;
const base = (): Json => structuredClone(golden);

/** Every object and array in a value with its path, except inside a session's free-form `fields`. */
function containers(
  value: Json,
  path: (string | number)[] = [],
  out: { path: (string | number)[]; value: Json }[] = [],
) {
  if (typeof value !== 'object' || value === null) return out;
  out.push({ path, value });
  for (const [key, child] of Object.entries(value)) {
    if (key === 'fields') continue;
    containers(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

const show = (path: (string | number)[]) => path.join('.') || '(root)';
const json = (value: Json) => JSON.stringify(value, null, 2);
const REQUIRED = [
  'id',
  'sessionId',
  'sectionId',
  'kind',
  'order',
  'createdAt',
  'updatedAt',
  'title',
  'text',
  'post',
  'comment',
  'parts',
  'url',
  'media',
];
const WRONG = [0, -1, 1.5, 'text', '', true, null, [], {}, [1, 2], { a: 1 }];
const ODD_URLS = [
  'HTTPS://X.ORG/',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'https://a b.example',
  'http://',
  'ftp://x.org/a',
  'https://x.org/\n',
  `https://x.org/${'a'.repeat(4100)}`,
  '//x.org',
  'HTTPS:/x',
];
const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

export function fuzzCases(seed = 2026): FuzzCase[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const cases: FuzzCase[] = [];
  const good = (name: string, value: Json) => cases.push({ name, text: json(value), expect: 'accept' });
  const bad = (name: string, text: string | Buffer) => cases.push({ name, text, expect: 'refuse' });
  const badValue = (name: string, value: Json) => bad(name, json(value));
  const note = (b: Json, kind: string) => b.sessions[0].notes.find((n: Json) => n.kind === kind);

  // Good files, however odd.
  good('the golden backup', base());
  cases.push({ name: 'the golden backup with a byte-order mark', text: `\uFEFF${json(base())}`, expect: 'accept' });
  cases.push({ name: 'the golden backup on one line', text: JSON.stringify(base()), expect: 'accept' });
  for (const text of [
    'lone \uD800 high',
    'lone \uDC00 low',
    '\u0000 nul and \u001F controls',
    '🎤 emoji 👩🏽‍💻 and RTL ليلى',
    '<script>alert(1)</script> & "quotes"',
    '\n\n\n',
    ' ',
  ]) {
    const b = base();
    note(b, 'text').text = text;
    good(`a note's text ${JSON.stringify(text.slice(0, 12))}`, b);
  }
  for (const order of [2 ** 50, -(2 ** 50), 0, 0.5, 1e-300]) {
    const b = base();
    b.sessions[0].notes[0].order = order;
    good(`an order of ${order}`, b);
  }
  {
    const b = base();
    note(b, 'text').text = 'a'.repeat(1_000_000);
    good('a note at the 1,000,000-character limit', b);
  }
  {
    const b = base();
    b.sessions[0].sections[0].title = 't'.repeat(2000);
    good('a title at the 2,000-character limit', b);
  }
  {
    const b = base();
    note(b, 'page').url = `https://x.org/${'a'.repeat(4096 - 14)}`;
    good('a link at the 4,096-character limit', b);
  }
  for (const url of [
    'https://例え.jp/パス?q=1#frag',
    'http://127.0.0.1:8080/a',
    'https://x.org/a%20b',
    'https://X.ORG/',
  ]) {
    const b = base();
    note(b, 'page').url = url;
    good(`an odd but valid address ${url}`, b);
  }
  {
    const b = base();
    b.sessions[0].notes = [];
    good('a session without notes', b);
  }
  {
    const b = base();
    b.sessions[0].session.fields = { 'a key with spaces': 'v', ключ: 'значение', '': undefined };
    delete b.sessions[0].session.fields[''];
    good('front-matter fields with odd names', b);
  }
  good('10,000 notes', JSON.parse(backupText([generateSession(10_000)])));
  cases.push({ name: '100,000 notes', text: backupText([generateSession(100_000)]), expect: 'accept' });

  // Not a backup at all.
  bad('an empty file', '');
  bad('only whitespace', ' \n\t ');
  bad('text that is not JSON', 'hello');
  bad('truncated JSON', json(base()).slice(0, 500));
  bad('NaN where a number goes', json(base()).replace(/"order": 1024/, '"order": NaN'));
  bad('a JSON array', '[]');
  bad('a JSON string', '"confnotes-backup"');
  bad('null', 'null');
  bad('random bytes', Buffer.from(Array.from({ length: 2000 }, () => Math.floor(rand() * 256))));
  bad(
    'UTF-16 with its byte-order mark',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json(base()), 'utf16le')]),
  );
  badValue('another JSON file', { name: 'package', version: '1.0.0' });
  {
    const b = base();
    b.version = 99;
    badValue('a newer version', b);
  }
  {
    const b = base();
    b.format = 'other';
    badValue('another format', b);
  }

  // Wrong types, missing and extra fields, anywhere.
  const places = containers(base());
  for (let i = 0; i < 80; i++) {
    const b = base();
    const target = pick(containers(b).filter((c) => !Array.isArray(c.value) && Object.keys(c.value).length > 0));
    const key = pick(Object.keys(target.value));
    const wrong = pick(
      WRONG.filter(
        (w) => typeof w !== typeof target.value[key] || Array.isArray(w) !== Array.isArray(target.value[key]),
      ),
    );
    target.value[key] = structuredClone(wrong);
    badValue(`wrong type at ${show([...target.path, key])}: ${JSON.stringify(wrong)}`, b);
  }
  for (let i = 0; i < 50; i++) {
    const b = base();
    const target = pick(containers(b).filter((c) => !Array.isArray(c.value) && REQUIRED.some((k) => k in c.value)));
    const key = pick(REQUIRED.filter((k) => k in target.value));
    delete target.value[key];
    badValue(`missing ${show([...target.path, key])}`, b);
  }
  for (let i = 0; i < 40; i++) {
    const b = base();
    const target = pick(containers(b).filter((c) => !Array.isArray(c.value)));
    target.value[`extra${i}`] = pick(WRONG);
    badValue(`an extra field at ${show(target.path)}`, b);
  }
  for (const key of INHERITED) {
    for (let i = 0; i < 4; i++) {
      const target = pick(places.filter((c) => !Array.isArray(c.value)));
      const b = base();
      // Written as text: an object literal cannot hold an own __proto__ key through JSON.stringify.
      const marker = `"@@${i}": 1`;
      let node = b;
      for (const step of target.path) node = node[step];
      node[`@@${i}`] = 1;
      bad(
        `a key named ${key} at ${show(target.path)}`,
        json(b).replace(marker, `${JSON.stringify(key)}: {"polluted": true}`),
      );
    }
    // As text: assigning obj.__proto__ = 'x' sets no key at all.
    bad(
      `a front-matter field named ${key}`,
      json(base()).replace('"fields": {', `"fields": {${JSON.stringify(key)}: "x", `),
    );
  }

  // Dangling and doubled references.
  {
    const b = base();
    b.sessions[0].notes[0].sectionId = 'nowhere';
    badValue('a note in a section that does not exist', b);
  }
  {
    const b = base();
    b.sessions[0].notes[1].sessionId = 'other';
    badValue('a note filed under another session', b);
  }
  {
    const b = base();
    b.sessions[0].sections[1].sessionId = 'other';
    badValue('a section of another session', b);
  }
  {
    const b = base();
    b.sessions[0].notes[1].id = b.sessions[0].notes[0].id;
    badValue('two notes with one id', b);
  }
  {
    const b = base();
    b.sessions.push(structuredClone(b.sessions[0]));
    badValue('the same session twice', b);
  }
  {
    const b = base();
    note(b, 'post').sourceKey = 'x:1';
    badValue("a tweet's key for another tweet", b);
  }
  {
    const b = base();
    note(b, 'text').sourceKey = `x:${note(b, 'post').post.id}`;
    badValue("a text note with a tweet's key", b);
  }

  // Sizes and numbers.
  for (const field of ['text', 'comment', 'title']) {
    const b = base();
    const n = b.sessions[0].notes.find((x: Json) => field in x);
    n[field] = 'x'.repeat(10_000_000);
    badValue(`a 10 MB ${n.kind} ${field}`, b);
  }
  {
    const b = base();
    b.sessions[0].session.title = 't'.repeat(2001);
    badValue('a title over 2,000 characters', b);
  }
  {
    const b = base();
    note(b, 'post').post.lang = 'x'.repeat(39);
    badValue('a 39-character lang', b);
  }
  for (const order of ['9223372036854775808', '1e400', '-1e400', '1125899906842625', '-1125899906842625']) {
    bad(`an order of ${order}`, json(base()).replace(/"order": 1024/, `"order": ${order}`));
  }
  for (const millis of ['-1', '1.5', '8640000000000001', '1e400']) {
    bad(`a creation time of ${millis}`, json(base()).replace(/"createdAt": \d+/, `"createdAt": ${millis}`));
  }
  {
    const b = base();
    b.sessions[0].notes[0].at = { videoId: 'abcdefghijk', seconds: 1e12 };
    badValue('a moment 1e12 seconds in', b);
  }

  // Addresses.
  for (const url of ODD_URLS) {
    const b = base();
    note(b, 'page').url = url;
    badValue(`a page clip at ${JSON.stringify(url.slice(0, 30))}`, b);
    const c = base();
    const part = note(c, 'post').post.parts.find((p: Json) => p.type === 'url');
    if (part) {
      part.href = url;
      badValue(`a tweet link to ${JSON.stringify(url.slice(0, 30))}`, c);
    }
  }

  // Deep nesting.
  for (const depth of [2, 3, 50, 1000, 5000, 100_000]) {
    const b = base();
    const tweet = note(b, 'post').post;
    const quoted = JSON.stringify({
      ...structuredClone(tweet),
      thread: undefined,
      quoted: undefined,
      id: '',
      url: '',
      incomplete: true,
    });
    b.sessions[0].notes.find((n: Json) => n.kind === 'post').post.quoted = '@@';
    const nested = `${`${quoted.slice(0, -1)}, "quoted": `.repeat(depth - 1)}${quoted}${'}'.repeat(depth - 1)}`;
    bad(`quotes nested ${depth} deep`, json(b).replace('"@@"', nested));
  }
  for (const depth of [20, 10_000, 1_000_000]) {
    bad(
      `arrays nested ${depth} deep in tags`,
      json(base()).replace('"tags": [', `"tags": [${'['.repeat(depth)}${']'.repeat(depth)}, `),
    );
  }
  {
    const b = base();
    const t = note(b, 'post').post;
    t.thread = [structuredClone({ ...t, thread: [structuredClone({ ...t, thread: undefined })] })];
    badValue('a thread inside a thread', b);
  }
  return cases;
}
