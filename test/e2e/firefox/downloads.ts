/** Downloads in the Firefox tests: straight into a folder of the run, read back once Firefox has finished them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Prefs that save every download into `dir` without a dialog, as a user's default settings do. */
export function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
  };
}

/** Firefox writes a download as `<name>.part` first, then renames it: a new file without a .part beside it is done. */
export async function nextDownload(dir: string, action: () => Promise<unknown>): Promise<{ name: string; text: string }> {
  const before = new Set(readdirSync(dir));
  await action();
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const files = readdirSync(dir);
    const name = files.find((f) => !before.has(f) && !f.endsWith('.part'));
    if (name && !files.includes(`${name}.part`)) return { name, text: readFileSync(path.join(dir, name), 'utf8') };
  }
  throw new Error(`no download finished in ${dir} within 15 s`);
}
