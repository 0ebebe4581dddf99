/**
 * The tasks of the thread every Confnotes page runs on, from a DevTools trace: extension pages share one renderer
 * process and its main thread, so a long task of any of them (script, style and layout, garbage collection, a
 * message's deserialisation) freezes all of them. A long-task observer in a page sees only what it can blame on
 * that page; the trace sees every task of the thread, whoever caused it. The longest is told with what filled it.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own (CPU) time in the event, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface ThreadTasks {
  /** The longest task, in ms; the thread's CPU time in it (the rest is waiting for a core); what took most of it. */
  longest: number;
  cpu: number;
  what: string;
  /** Tasks over 50 ms and over 100 ms. */
  over50: number;
  over100: number;
}

const TASK = 'ThreadControllerImpl::RunTask';
/** Tasks this short are not kept (the trace of an import has hundreds of thousands of events). */
const KEEP_US = 2_000;

/**
 * Starts tracing; the answer's function ends it and gives the tasks of the main thread of the extension's
 * renderer, where every Confnotes page runs (the trace names that process "Extension Renderer").
 */
export async function traceTasks(cdp: CDPSession): Promise<() => Promise<ThreadTasks>> {
  const events: TraceEvent[] = [];
  const renderers = new Set<number>();
  cdp.on('Tracing.dataCollected', (e) => {
    for (const event of e.value as unknown as TraceEvent[]) {
      if (event.ph === 'M' && event.name === 'process_name' && event.args?.name === 'Extension Renderer')
        renderers.add(event.pid);
      else if (event.ph === 'X' && (event.dur ?? 0) >= KEEP_US && event.pid === event.tid) events.push(event);
    }
  });
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    if (renderers.size !== 1) throw new Error(`the trace shows ${renderers.size} extension renderers, not one`);
    const [pid] = renderers;
    const mine = events.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts);
    const tasks = mine.filter((e) => e.name === TASK);
    const top = tasks.reduce<TraceEvent | null>((a, b) => (a && a.dur! >= b.dur! ? a : b), null);
    return {
      longest: top ? top.dur! / 1000 : 0,
      cpu: top ? (top.tdur ?? top.dur!) / 1000 : 0,
      what: top ? contents(top, mine) : '',
      over50: tasks.filter((t) => t.dur! > 50_000).length,
      over100: tasks.filter((t) => t.dur! > 100_000).length,
    };
  };
}

/**
 * The task's biggest parts, by the trace's own names (a script's call says which file); events nest (a call in a
 * timer's firing, a collection in a call), so the parts may add up to more than the task.
 */
function contents(task: TraceEvent, events: readonly TraceEvent[]): string {
  const end = task.ts + task.dur!;
  const parts = new Map<string, number>();
  for (const e of events) {
    if (e === task || e.name === TASK || e.ts < task.ts || e.ts + e.dur! > end) continue;
    const where = e.args?.data?.url ? ` ${new URL(e.args.data.url).pathname.slice(1)}` : '';
    const key = `${e.name}${where}`;
    parts.set(key, (parts.get(key) ?? 0) + e.dur!);
  }
  const biggest = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return biggest.length
    ? biggest.map(([name, us]) => `${name} ${Math.round(us / 1000)} ms`).join(', ')
    : 'nothing traced inside it';
}
