/**
 * The schedule core in Node, on a 1,000-talk conference (4 days × 10 rooms): parsing each format (beside JSON.parse
 * of the same schedule as JSON, the cost of touching it once), re-importing it, "talk on now" (run whenever the
 * panel's target may change) and matching a 300-video playlist. Targets: an import parses in at most 100 ms; a
 * re-import merges in at most 20 ms; "talk on now" takes at most 1 ms; a playlist matches in at most 100 ms.
 */
import { mergeSchedule } from '../src/schedule/merge';
import { talkOnNow } from '../src/schedule/now';
import { parseSchedule } from '../src/schedule/parse-schedule';
import { matchPlaylist } from '../src/schedule/playlist-match';
import { asFrabXml, asIcs, asPretalxJson, asSessionize, benchTalks } from './generate-schedule';
import { compare, type Row } from './stats';

const ZONE = { timeZone: 'Europe/Berlin' };

export async function benchSchedule(): Promise<Row[]> {
  const talks = benchTalks();
  const json = asPretalxJson(talks);
  const rows: Row[] = [];
  const touch = () => JSON.parse(json);
  for (const [format, text] of [
    ['pretalx JSON', json],
    ['frab XML', asFrabXml(talks)],
    ['Sessionize JSON', asSessionize(talks)],
    ['iCalendar', asIcs(talks)],
  ] as const) {
    let count = 0;
    const result = await compare(
      9,
      2,
      () => {
        count = parseSchedule(text, ZONE).talks.length;
      },
      touch,
    );
    if (count !== talks.length) throw new Error(`${format}: read ${count} talks of ${talks.length}`);
    rows.push({
      group: 'schedule',
      name: `parseSchedule ${format}, 1,000 talks`,
      value: result.value,
      unit: 'ms',
      runs: 9,
      samples: result.samples,
      baseline: { name: 'JSON.parse', value: result.baseline },
      target: { text: '≤100 ms', met: result.value <= 100 },
      note: `${(text.length / 1024).toFixed(0)} KB of text`,
    });
  }

  const schedule = parseSchedule(json, ZONE);
  const known = schedule.talks.map((t, i) =>
    i % 10 === 0 ? { ...t, start: t.start - 1_800_000, title: `${t.title} (old)` } : t,
  );
  const merge = await compare(
    9,
    2,
    () => mergeSchedule(known, schedule, { rooms: ['Room 1', 'Room 2'] }),
    () => structuredClone(known),
  );
  rows.push({
    group: 'schedule',
    name: 'mergeSchedule, 1,000 known talks',
    value: merge.value,
    unit: 'ms',
    runs: 9,
    samples: merge.samples,
    baseline: { name: 'structuredClone', value: merge.baseline },
    target: { text: '≤20 ms', met: merge.value <= 20 },
  });

  const noon = Date.parse('2026-06-12T12:10:00+02:00');
  const lastWritten = schedule.talks[500]!.talkId;
  const now = await compare(
    21,
    3,
    () => {
      for (let i = 0; i < 100; i++) talkOnNow(schedule.talks, noon + i * 60_000, { lastWritten });
    },
    () => {
      for (let i = 0; i < 100; i++) schedule.talks.filter((t) => t.start <= noon + i * 60_000);
    },
  );
  rows.push({
    group: 'schedule',
    name: 'talkOnNow, 1,000 talks (per call)',
    value: now.value / 100,
    unit: 'ms',
    runs: 21,
    baseline: { name: 'one filter', value: now.baseline / 100 },
    target: { text: '≤1 ms', met: now.value / 100 <= 1 },
  });

  const videos = schedule.talks.slice(0, 300).map((t, i) => ({
    videoId: `vid${String(i).padStart(8, '0')}`,
    title: `Bench Conf 2026 - ${t.title} (${t.speakers[0]})`,
  }));
  let matched = 0;
  const match = await compare(
    5,
    1,
    () => {
      matched = matchPlaylist(schedule.talks.slice(0, 300), videos).proposals.length;
    },
    () => videos.map((v) => v.title.toLowerCase()),
  );
  rows.push({
    group: 'schedule',
    name: 'matchPlaylist, 300 videos × 300 talks',
    value: match.value,
    unit: 'ms',
    runs: 5,
    samples: match.samples,
    baseline: { name: 'lower-casing the titles', value: match.baseline },
    target: { text: '≤100 ms', met: match.value <= 100 },
    note: `${matched} proposed`,
  });
  return rows;
}
