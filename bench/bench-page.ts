/** Calls the bench page's functions (bench/page/entry.ts) from Node, typed. */
import type { Page } from 'playwright-core';
import type { ConfnotesBench } from './page/entry';

export function benchCall<K extends keyof ConfnotesBench>(
  page: Page,
  name: K,
  ...args: Parameters<ConfnotesBench[K]>
): Promise<Awaited<ReturnType<ConfnotesBench[K]>>> {
  return page.evaluate(
    ([name, args]) => {
      const bench = (globalThis as unknown as { confnotesBench: Record<string, (...a: unknown[]) => unknown> })
        .confnotesBench;
      return bench[name]!(...args);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<ConfnotesBench[K]>>>;
}
