/**
 * The event's schedule in real Chromium with the built extension and a fake clock (the background's and the
 * panel's, set through DevTools; nothing waits on real time): import a schedule file, see the talk on now as the
 * note's target, take notes stored in that talk with their clock moment and shown as +mm:ss, pick the parallel
 * talk with one click, re-import a changed schedule (a talk moved, one cancelled with its note kept), link the
 * recording with one alignment and see each note's seek link, link the recordings' playlist to the other talks by
 * title (confirmed pair by pair), and export the writeup with both talks in order.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST_CHROME, launchWithExtension, ROOT, type ExtensionBrowser } from '../../support/chromium';
import { readStore, serveYouTube, TALK_A, type StoredSection } from '../../support/youtube-site';

const SCHEDULES = path.join(ROOT, 'test/fixtures/schedule');

/** How often the panel re-reads the clock while the session has a schedule (src/ui/use-target.ts). */
const TICK = 10_000;

let b: ExtensionBrowser;
let panel: Page;

/**
 * Sets the wall clock of the background (it stands still there until set again) and of the panel (Playwright's
 * clock: set just before `iso`, then moved on to it so the panel's own ticking re-reads the time at once).
 */
async function setClock(iso: string) {
  const t = Date.parse(iso);
  await b.sw.evaluate((now) => {
    Date.now = () => now;
  }, t);
  await panel.clock.setSystemTime(t - TICK);
  await panel.clock.fastForward(TICK);
}

const target = () => panel.locator('#note-target .target').textContent();

async function typeNote(text: string) {
  const box = panel.getByLabel('Note', { exact: true });
  await box.pressSequentially(text, { delay: 5 });
  await box.press('Enter');
  await expect.poll(async () => (await readStore(b.sw)).notes.some((n) => n.text === text)).toBe(true);
  const stored = await readStore(b.sw);
  const note = stored.notes.find((n) => n.text === text)! as (typeof stored.notes)[number] & {
    clock?: { at: number; timeZone: string };
  };
  return { note, section: stored.sections.find((s) => s.id === note.sectionId)! };
}

async function importSchedule(file: string, expectText: RegExp) {
  await panel.getByRole('button', { name: 'Import schedule' }).click();
  const dialog = panel.getByRole('region', { name: 'Import schedule' });
  await dialog.getByLabel('Schedule file (.json, .xml, .ics)').setInputFiles(path.join(SCHEDULES, file));
  await expect.poll(() => dialog.getByLabel('What the import will change').textContent()).toMatch(expectText);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await panel.getByRole('status').filter({ hasText: 'Schedule imported' }).waitFor();
}

/**
 * The pasted address's site: a schedule server on this machine, on a free port, counting what it was asked. The
 * user's "Allow" to the browser's permission prompt cannot be clicked in automation, so the extension under test is a
 * copy whose manifest grants that one host (`http://127.0.0.1/*`, any port) at install: the panel's request for it is
 * then answered yes without a prompt, as after a user's click; every other host stays optional.
 */
let site: Server;
let siteUrl: string;
const asked: string[] = [];
let extensionCopy: string;

function startScheduleSite(): Promise<void> {
  const schedule = readFileSync(path.join(SCHEDULES, 'pretalx-v1.json'));
  site = createServer((request, response) => {
    asked.push(request.url ?? '');
    if (request.url === '/demo26/schedule/export/schedule.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(schedule);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
    }
  });
  return new Promise((resolve) =>
    site.listen(0, '127.0.0.1', () => {
      siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

function withLocalHostAccess(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-chrome-host-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

beforeAll(async () => {
  await startScheduleSite();
  extensionCopy = withLocalHostAccess();
  b = await launchWithExtension({ extensionDir: extensionCopy });
  await serveYouTube(b.ctx);
  panel = await b.ctx.newPage();
  // 10:12:05 in Berlin on the first day: "Opening" (Saal 1) and "Parsing Calendars" (Room 2) are on.
  await panel.clock.install({ time: Date.parse('2026-03-28T09:12:05Z') });
  await b.sw.evaluate((now) => {
    Date.now = () => now;
  }, Date.parse('2026-03-28T09:12:05Z'));
  await panel.goto(`chrome-extension://${b.extensionId}/panel/index.html`);
  const form = panel.getByRole('form', { name: 'New session' });
  await form.getByLabel('Title').fill('Demo Conf 2026');
  await form.getByRole('button', { name: 'Create session' }).click();
  await panel.locator('textarea#note-input:not([disabled])').waitFor();
});
afterAll(async () => {
  await b?.close({ removeProfile: true });
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

test('an imported schedule makes the talk on now the target; notes keep their clock moment and show +mm:ss', async () => {
  await importSchedule('pretalx-v1.json', /New: 9/);
  await expect.poll(target).toBe('→ Opening: Notes at the Edge · Saal 1 · started 12 min ago');

  const first = await typeNote('Edge devices sync late');
  expect(first.section.title).toBe('Opening: Notes at the Edge');
  expect(first.note.clock?.at).toBe(Date.parse('2026-03-28T09:12:05Z'));
  expect(first.note.at).toBeUndefined();
  await expect.poll(() => panel.locator(`#note-${first.note.id} .moment`).textContent()).toBe('+12:05');

  // One click moves the slot to the other room.
  await panel.getByRole('button', { name: 'Room 2: Parsing Calendars Without Tears instead' }).click();
  await expect.poll(target).toBe('→ Parsing Calendars Without Tears · Room 2 · started 12 min ago');
  await setClock('2026-03-28T09:20:00Z');
  const second = await typeNote('RRULEs are a language');
  expect(second.section.title).toBe('Parsing Calendars Without Tears');
  await expect.poll(() => panel.locator(`#note-${second.note.id} .moment`).textContent()).toBe('+20:00');
});

test('a re-import moves, renames and cancels talks; the cancelled talk keeps its note and is marked', async () => {
  // Day two, between talks: the next slot, in Room 2 (the room last written in), is "Recording Conferences".
  await setClock('2026-03-29T08:20:00Z');
  await expect.poll(target).toBe('→ Recording Conferences · Room 2 · starts in 10 min');
  await setClock('2026-03-29T08:40:00Z');
  await expect.poll(target).toBe('→ Recording Conferences · Room 2 · started 10 min ago');
  const kept = await typeNote('Three cameras per room');

  await importSchedule('pretalx-v2.json', /Moved: 1[\s\S]*Renamed: 1[\s\S]*Cancelled \(kept, with their notes\): 1/);
  const { sections, notes } = await readStore(b.sw);
  const cancelled = sections.find((s) => s.id === kept.section.id) as { schedule?: { status: string } };
  expect(cancelled.schedule?.status).toBe('cancelled');
  expect(notes.some((n) => n.id === kept.note.id)).toBe(true);
  await expect
    .poll(() => panel.getByRole('region', { name: 'Recording Conferences' }).locator('.talk-status').textContent())
    .toBe('Cancelled');
  // The renamed talk carries its new title; a cancelled talk is never on.
  await expect
    .poll(() => panel.getByRole('button', { name: /^Parsing Calendars Without Tears \(and iCalendar\)$/ }).count())
    .toBe(1);
  await expect.poll(target).toBe('→ Offline First Workshop · Workshop 3 · started 10 min ago');
});

test('linking the recording with one alignment gives every clock-stamped note its seek link', async () => {
  const opening = panel.getByRole('region', { name: 'Opening: Notes at the Edge' });
  await opening.getByRole('button', { name: 'Actions for section Opening: Notes at the Edge' }).click();
  await opening.getByRole('button', { name: 'Link video' }).click();
  const form = opening.getByRole('form', { name: 'Link video' });
  await form.getByLabel('Video address').fill(TALK_A);
  // The talk's scheduled start (10:00) is at 0:48 in the video: the note at +12:05 is at 12:53.
  await form.getByLabel('at, in the video').fill('0:48');
  await form.getByRole('button', { name: 'Link video' }).click();
  const stored = await readStore(b.sw);
  const note = stored.notes.find((n) => n.text === 'Edge devices sync late')!;
  const link = panel.locator(`#note-${note.id} a.moment`);
  await expect.poll(() => link.textContent()).toBe('12:53');
  expect(await link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=cnfTalkAAA1&t=773s');
  const section = (await readStore(b.sw)).sections.find((s) => s.id === note.sectionId) as {
    source?: { videoId: string; alignment?: { clock: number; seconds: number } };
  };
  expect(section.source).toMatchObject({ videoId: 'cnfTalkAAA1', alignment: { seconds: 48 } });
  expect(section.source?.alignment?.clock).toBe(Date.parse('2026-03-28T09:00:00Z'));
});

test('a playlist of the recordings links its videos to the talks by title, once the user confirms', async () => {
  const playlistPage = readFileSync(path.join(ROOT, 'support/fixtures/youtube/event-playlist.html'));
  await b.ctx.route('https://www.youtube.com/playlist*', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: playlistPage }),
  );
  const yt = await b.ctx.newPage();
  await yt.goto('https://www.youtube.com/playlist?list=PLdemoConf2026');
  await yt.bringToFront();
  await panel.bringToFront();

  await panel.getByRole('button', { name: "Link the playlist's videos" }).click();
  const form = panel.getByRole('form', { name: "Link the playlist's videos" });
  // Opening has its video already: neither it nor its recording is proposed; the cancelled talk neither.
  const pairs = form.getByRole('checkbox');
  await expect.poll(() => pairs.count()).toBe(3);
  expect(await form.locator('label').allTextContents()).toEqual([
    'Parsing Calendars Without Tears (and iCalendar) ← Parsing Calendars Without Tears (and iCalendar) | Björn Ünicode, Chen Li | Demo Conf 2026 (#2)',
    'Time Zones Are Hard ← Time zones are hard — Frank Offset (#4)',
    'Offline First Workshop ← Demo Conf 2026 - Offline First Workshop (#5)',
  ]);
  expect(await form.textContent()).toContain(
    'No talk for: Demo Conf 2026 - Opening: Notes at the Edge · Sponsor reel: thank you!',
  );
  // The user knows the workshop was not recorded as listed: unticked, it stays without a video.
  await form.getByRole('checkbox', { name: /^Offline First Workshop/ }).uncheck();
  await form.getByRole('button', { name: 'Link 2 videos' }).click();
  await panel.getByRole('status').filter({ hasText: 'Linked 2 videos to their talks.' }).waitFor();

  const { sections } = await readStore(b.sw);
  const source = (title: string) => sections.find((s) => s.title === title)?.source;
  expect(source('Parsing Calendars Without Tears (and iCalendar)')).toMatchObject({
    videoId: 'cnfDemo0002',
    list: 'PLdemoConf2026',
    index: 2,
  });
  expect(source('Time Zones Are Hard')).toMatchObject({ videoId: 'cnfDemo0004', index: 4 });
  expect(source('Offline First Workshop')).toBeUndefined();
  expect(source('Opening: Notes at the Edge')).toMatchObject({ videoId: 'cnfTalkAAA1' });
  await yt.close();
});

test('the writeup has the talks in schedule order, the linked talk’s notes as its video moments', async () => {
  const { markdown } = (await panel.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } })
      .chrome.runtime;
    const snapshot = (await runtime.sendMessage({ type: 'workspace/get' })) as { selection: { sessionId: string } };
    return runtime.sendMessage({ type: 'export/markdown', sessionId: snapshot.selection.sessionId });
  })) as { markdown: string };
  const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
  expect(headings.slice(0, 2)).toEqual([
    '## Opening: Notes at the Edge',
    '## Parsing Calendars Without Tears \\(and iCalendar\\)',
  ]);
  expect(markdown).toContain('[12:53](https://www.youtube.com/watch?v=cnfTalkAAA1&t=773s) Edge devices sync late');
  expect(markdown).toContain('+20:00 RRULEs are a language');
  // Linked from the playlist, not aligned yet: the watch link with the playlist and place, the note by the clock.
  expect(markdown).toContain('(https://www.youtube.com/watch?v=cnfDemo0002&list=PLdemoConf2026&index=2)');
  expect(markdown).toMatch(
    /## Recording Conferences\n\nCancelled · Room 2 · Sun 29 Mar 10:30 · \[The talk on the schedule\]\(https:\/\/pretalx\.example\.org\/demo26\/talk\/GGG777\/\)\n\n\+10:00 Three cameras per room/,
  );
});

test('a pasted schedule address is fetched from its site and imported like a file; a wrong one says why', async () => {
  await panel.getByRole('button', { name: 'New session' }).click();
  const form = panel.getByRole('form', { name: 'New session' });
  await form.getByLabel('Title').fill('Demo Conf from its site');
  await form.getByRole('button', { name: 'Create session' }).click();
  await panel.locator('textarea#note-input:not([disabled])').waitFor();

  await panel.getByRole('button', { name: 'Import schedule' }).click();
  const dialog = panel.getByRole('region', { name: 'Import schedule' });
  const address = dialog.getByLabel('or its address');
  await address.fill(`${siteUrl}/demo26/missing.json`);
  await dialog.getByRole('button', { name: 'Fetch' }).click();
  await expect
    .poll(() => dialog.getByRole('alert').textContent())
    .toBe(`${new URL(siteUrl).host} answered 404 Not Found.`);

  await address.fill(`${siteUrl}/demo26/schedule/export/schedule.json`);
  await dialog.getByRole('button', { name: 'Fetch' }).click();
  await expect.poll(() => dialog.getByLabel('What the import will change').textContent()).toMatch(/New: 9/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await panel.getByRole('status').filter({ hasText: 'Schedule imported' }).waitFor();
  expect(asked).toEqual(['/demo26/missing.json', '/demo26/schedule/export/schedule.json']);

  const sections = (await readStore(b.sw)).sections as (StoredSection & { sessionId: string })[];
  const first = sections.find((s) => s.source?.videoId === 'cnfTalkAAA1')!.sessionId;
  const imported = sections.filter((s) => s.sessionId !== first);
  expect(imported.map((s) => s.title)).toContain('Opening: Notes at the Edge');
  expect(imported).toHaveLength(9);
});
