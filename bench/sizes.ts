/**
 * Sizes of the built extension: every bundle of dist/chrome minified and gzipped, and both packaged zips, each
 * beside its budget where the issue sets one (the same measuring as the budgets in `npm test`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  allBundles,
  BUDGET,
  contentScripts,
  KB,
  packageZips,
  pageScripts,
  readManifest,
  TARGETS,
  uiPages,
} from '../support/bundle-sizes';
import type { Row } from './stats';

export function benchSizes(root: string, dist: string): Row[] {
  const manifest = readManifest(dist, 'chrome');
  const content = new Set(contentScripts(manifest));
  const pages = Object.values(uiPages(manifest)).flatMap((page) => (page ? pageScripts(dist, 'chrome', page) : []));
  const rows: Row[] = allBundles(dist, 'chrome').map(({ file, minified, gzipped }) => {
    // The budgets: content scripts count minified (they are parsed on every page), the pages' JS gzipped.
    if (content.has(file)) {
      return {
        group: 'size',
        name: `${file} minified`,
        value: minified / KB,
        unit: 'KB',
        baseline: { name: 'budget', value: BUDGET.contentScriptMinified / KB },
        target: { text: '≤10 KB minified', met: minified <= BUDGET.contentScriptMinified },
        note: `${(gzipped / KB).toFixed(1)} KB gzipped`,
      };
    }
    const budgeted = pages.includes(file);
    return {
      group: 'size',
      name: `${file} gzipped`,
      value: gzipped / KB,
      unit: 'KB',
      ...(budgeted
        ? {
            baseline: { name: 'budget', value: BUDGET.pageScriptsGzipped / KB },
            target: { text: '≤60 KB gzipped', met: gzipped <= BUDGET.pageScriptsGzipped },
          }
        : {}),
      note: `${(minified / KB).toFixed(1)} KB minified`,
    } satisfies Row;
  });
  const out = mkdtempSync(path.join(tmpdir(), 'confnotes-bench-zips-'));
  try {
    const zips = packageZips(root, dist, out);
    for (const target of TARGETS) {
      rows.push({
        group: 'size',
        name: `${target} zip (npm run package)`,
        value: zips[target].bytes / KB,
        unit: 'KB',
        baseline: { name: 'budget', value: BUDGET.zip / KB },
        target: { text: '≤300 KB', met: zips[target].bytes <= BUDGET.zip },
      });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}
