// Benchmark of the Markdown export (a 10,000-note session, 200 talks and 1,000 tweets, in at most 100 ms
// in Node, growing linearly). Bundles src/export/writeup.ts with esbuild, renders sessions of 2,500, 5,000 and
// 10,000 notes under two option sets, and prints the median time (wall and CPU) and the time per note for each.
// Usage: node bench/export-writeup.mjs
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(mkdtempSync(path.join(tmpdir(), 'confnotes-bench-')), 'writeup.mjs');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/export/writeup.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { renderWriteup } = await import(pathToFileURL(out).href);

/** `notes` notes over notes/50 talks; every tenth note a tweet, the rest text (timestamped), quotes and page clips. */
function session(notes) {
  const talks = notes / 50;
  const sections = [];
  const notesBySection = new Map();
  const s = {
    id: 's',
    title: 'Bench Conf: 2025',
    date: '2025-01-01',
    description: 'd',
    tags: ['a'],
    categories: ['b'],
    fields: {},
    createdAt: 0,
    updatedAt: 0,
  };
  for (let t = 0; t < talks; t++) {
    const videoId = `v${String(t).padStart(10, '0')}`;
    sections.push({
      id: `sec${t}`,
      sessionId: 's',
      title: `Talk ${t}: *on* <scale>`,
      speaker: `Speaker ${t}`,
      order: t,
      createdAt: 0,
      updatedAt: 0,
      source: {
        kind: 'youtube',
        videoId,
        list: 'PLbench',
        index: t + 1,
        channel: 'Bench',
        channelUrl: 'https://www.youtube.com/@bench',
      },
    });
    const list = [];
    for (let n = 0; n < 50; n++) {
      const base = { id: `n${t}-${n}`, sessionId: 's', sectionId: `sec${t}`, order: n, createdAt: 0, updatedAt: 0 };
      const at = { videoId, seconds: n * 37 };
      if (n % 10 === 0) {
        list.push({
          ...base,
          kind: 'post',
          comment: 'So true',
          post: {
            network: 'x',
            id: String(1e17 + t * 50 + n),
            url: 'https://x.com/a/status/1',
            authorName: 'Some One 🎉',
            handle: 'some_one',
            time: '2025-01-01T10:00:00Z',
            lang: 'en',
            media: [{ type: 'photo', url: 'https://pbs.twimg.com/media/x?name=large' }],
            parts: [
              { type: 'text', text: 'A tweet with <html> & "quotes" about ' },
              { type: 'hashtag', text: '#Bench', tag: 'Bench' },
              { type: 'text', text: ' and ' },
              { type: 'mention', text: '@other', handle: 'other' },
              { type: 'url', text: 'example.com/x', href: 'https://t.co/abc', expanded: 'https://example.com/x' },
            ],
          },
        });
      } else if (n % 10 === 1) {
        list.push({ ...base, kind: 'quote', text: 'A quote with *stars* and\nsecond line', cite: `Speaker ${t}`, at });
      } else if (n % 10 === 2) {
        list.push({
          ...base,
          kind: 'page',
          url: `https://example.org/p/${t}`,
          title: 'A page [title]',
          selection: 'Selected text',
          comment: 'Why it matters',
        });
      } else {
        list.push({
          ...base,
          kind: 'text',
          text: `Note ${n} with **Markdown** and a [link](https://example.com/${n}).`,
          at,
        });
      }
    }
    notesBySection.set(`sec${t}`, list);
  }
  return { session: s, sections, notesBySection };
}

const settingsSets = {
  'embed, linked, inline': {
    tweets: 'embed',
    timestamps: 'linked',
    links: 'inline',
    heading: 'title',
    frontMatter: true,
  },
  'quote, linked, reference': {
    tweets: 'quote',
    timestamps: 'linked',
    links: 'reference',
    heading: 'speaker-title',
    frontMatter: true,
  },
};

for (const [name, settings] of Object.entries(settingsSets)) {
  for (const size of [2500, 5000, 10000]) {
    const contents = session(size);
    for (let i = 0; i < 5; i++) renderWriteup(contents, settings); // warm up the JIT
    // Wall time, and CPU time of this process: on a shared machine the second is the one to trust.
    const times = [];
    const cpu = [];
    let bytes = 0;
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      bytes = renderWriteup(contents, settings).length;
      const used = process.cpuUsage(startCpu);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const cpuMedian = cpu[Math.floor(cpu.length / 2)];
    console.log(
      `${name.padEnd(26)} ${String(size).padStart(6)} notes  ${median.toFixed(1).padStart(6)} ms (CPU ${cpuMedian.toFixed(1)} ms)  ` +
        `${((median * 1000) / size).toFixed(2)} µs/note  ${(bytes / 1e6).toFixed(1)} MB`,
    );
  }
}
writeFileSync(out, ''); // the bundle is not needed after the run
