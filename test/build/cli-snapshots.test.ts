// The CLI's --out with a session holding snapshots: the real bundle, spawned with node, as in cli.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/backup/export';
import { freshStore } from '../../src/store/test-support';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-cli-snap-'));
const cli = path.join(dir, 'confnotes.mjs');
const backup = path.join(dir, 'snaps.json');
const frame = new Uint8Array(5000).map((_, i) => (i * 7) % 256);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const build: { buildCli: (outfile: string) => Promise<void> } = await import(
    pathToFileURL(path.join(ROOT, 'scripts/build.mjs')).href
  );
  await build.buildCli(cli);
  const { store, db } = await freshStore();
  const session = await store.createSession({
    title: 'Snap Conf',
    date: '',
    description: '',
    tags: [],
    categories: [],
  });
  const talk = await store.addSection(session.id, {
    title: 'Slides',
    source: { kind: 'youtube', videoId: 'dQw4w9WgXcQ' },
  });
  await store.addSnapshot(
    session.id,
    talk.id,
    { text: 'The plan', at: { videoId: 'dQw4w9WgXcQ', seconds: 65 } },
    { blob: new Blob([frame]), width: 1920, height: 1080, mime: 'image/webp' },
  );
  writeFileSync(backup, await exportBackup(db));
}, 60_000);

describe('confnotes export with snapshots', () => {
  it('writes the Markdown and images/ into the directory --out names, the Markdown linking each image', () => {
    const out = path.join(dir, 'writeup') + '/';
    const r = run('export', backup, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const markdown = readFileSync(path.join(out, 'snap-conf.md'), 'utf8');
    expect(markdown).toContain('![The plan](images/slides-1-05.webp)');
    const links = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links).toEqual(['images/slides-1-05.webp']);
    for (const link of links) expect(new Uint8Array(readFileSync(path.join(out, link)))).toEqual(frame);
  });

  it('to stdout says the images are left out, and links the moment as the options page does by default', () => {
    const r = run('export', backup);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[The plan](https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=65s)');
    expect(r.stderr).toBe('confnotes: 1 snapshot images left out (give --out to write them)\n');
    // Left out: the note's caption stays, at its time, as any note's words.
    const omitted = run('export', backup, '--images', 'omit').stdout;
    expect(omitted).toContain('[1:05](https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=65s) The plan');
    expect(omitted).not.toContain('[The plan](');
    expect(existsSync(path.join(dir, 'images'))).toBe(false);
  });
});
