/** Where Firefox ESR is, with no other imports: the e2e project's global setup asks this once per run. */
import { existsSync } from 'node:fs';

export const FIREFOX_MISSING = 'Firefox ESR not found: apt-get install -y firefox-esr, or set FIREFOX_PATH';

/** FIREFOX_PATH when set (and only it, so a wrong path is noticed), else Debian's firefox-esr. */
export function findFirefox(): string | null {
  const candidate = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  return existsSync(candidate) ? candidate : null;
}
