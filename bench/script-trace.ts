/**
 * Script time per origin from a DevTools timeline trace of one page load: the time spent evaluating, compiling and
 * calling into scripts (EvaluateScript, v8.compile, FunctionCall: every timer, event listener, observer and
 * message callback), split between the extension's content scripts (chrome-extension:// URLs) and the page's own
 * scripts. Nested events (a compile inside an evaluation) are counted once: the union of their intervals.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

export interface ScriptTime {
  extensionMs: number;
  pageMs: number;
  calls: number;
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<ScriptTime>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const timed = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.args?.data?.url);
    const ours = timed.filter((e) => e.args!.data!.url!.startsWith('chrome-extension://'));
    const page = timed.filter((e) => /^https?:/.test(e.args!.data!.url!));
    return {
      extensionMs: union(ours),
      pageMs: union(page),
      calls: ours.filter((e) => e.name === 'FunctionCall').length,
    };
  };
}

/** Total milliseconds covered by the events' intervals, overlaps counted once. */
function union(events: TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + e.dur!] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}
