/**
 * Global setup of the e2e project: says once per run, in one line, that the Firefox scenarios are skipped and how
 * to get Firefox (each file's describeFirefox then skips quietly).
 */
import { findFirefox, FIREFOX_MISSING } from './find-firefox';

export default function setup(): void {
  if (!findFirefox()) console.warn(FIREFOX_MISSING);
}
