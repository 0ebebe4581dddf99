/** Downloads in the Firefox tests: straight into a folder of the run, read back once Firefox has finished them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Firefox first creates an empty `<name>` as a placeholder and writes into `<name>.part`, then renames it over the
 * placeholder: a download is done when the new file has content, no .part beside it, and the same size twice.
 * It may also write under a random temporary name first and rename that: a file gone between listing the folder
 * and reading its size was such a name, and the folder is listed again.
 */
function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function nextDownload(
  dir: string,
  action: () => Promise<unknown>,
): Promise<{ name: string; text: string }> {
  const before = new Set(readdirSync(dir));
  await action();
  let last = { name: '', size: -1 };
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const files = readdirSync(dir);
    const name = files.find((f) => !before.has(f) && !f.endsWith('.part'));
    if (!name || files.includes(`${name}.part`)) continue;
    const size = sizeOf(path.join(dir, name));
    if (size === null) continue;
    if (size > 0 && name === last.name && size === last.size) {
      return { name, text: readFileSync(path.join(dir, name), 'utf8') };
    }
    last = { name, size };
  }
  throw new Error(`no download finished in ${dir} within 15 s`);
}
