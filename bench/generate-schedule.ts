/**
 * A large conference for the schedule bench: `days` × `rooms` × `slots` talks of 25 minutes every half hour from
 * 09:00 in Europe/Berlin, written as pretalx JSON, frab XML, Sessionize JSON and a pretalx-style .ics (the shapes of
 * test/fixtures/schedule, at scale).
 */
const DAY0 = Date.UTC(2026, 5, 10);
const pad = (n: number) => String(n).padStart(2, '0');

export interface BenchTalk {
  code: string;
  title: string;
  speakers: string[];
  room: string;
  day: string;
  start: string;
  end: string;
}

export function benchTalks(days = 4, rooms = 10, slots = 25): BenchTalk[] {
  const talks: BenchTalk[] = [];
  for (let d = 0; d < days; d++) {
    const day = new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10);
    for (let s = 0; s < slots; s++) {
      for (let r = 0; r < rooms; r++) {
        const n = talks.length;
        const minutes = 9 * 60 + s * 30;
        talks.push({
          code: `T${String(n).padStart(5, '0')}`,
          title: `Talk ${n}: on ${['pipelines', 'calendars', 'notes', 'offline apps'][n % 4]} and more`,
          speakers: [`Speaker ${n}`, ...(n % 3 === 0 ? [`Co-speaker ${n}`] : [])],
          room: `Room ${r + 1}`,
          day,
          start: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
          end: `${pad(Math.floor((minutes + 25) / 60))}:${pad((minutes + 25) % 60)}`,
        });
      }
    }
  }
  return talks;
}

const url = (t: BenchTalk) => `https://pretalx.example.org/bench/talk/${t.code}/`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function asPretalxJson(talks: BenchTalk[]): string {
  const days = [...new Set(talks.map((t) => t.day))].map((date) => ({
    date,
    rooms: Object.fromEntries(
      [...new Set(talks.map((t) => t.room))].map((room) => [
        room,
        talks
          .filter((t) => t.day === date && t.room === room)
          .map((t) => ({
            guid: `guid-${t.code}`,
            code: t.code,
            date: `${t.day}T${t.start}:00+02:00`,
            start: t.start,
            duration: '00:25',
            room: t.room,
            url: url(t),
            title: t.title,
            abstract: `About ${t.title}.`,
            persons: t.speakers.map((public_name) => ({ public_name })),
          })),
      ]),
    ),
  }));
  return JSON.stringify({ schedule: { conference: { title: 'Bench Conf', time_zone_name: 'Europe/Berlin', days } } });
}

export function asFrabXml(talks: BenchTalk[]): string {
  const days = [...new Set(talks.map((t) => t.day))].map(
    (date) =>
      `<day date="${date}">${[...new Set(talks.map((t) => t.room))]
        .map(
          (room) =>
            `<room name="${room}">${talks
              .filter((t) => t.day === date && t.room === room)
              .map(
                (t) =>
                  `<event guid="guid-${t.code}"><date>${t.day}T${t.start}:00+02:00</date><start>${t.start}</start><duration>00:25</duration><room>${t.room}</room><url>${url(t)}</url><title>${esc(t.title)}</title><abstract>About ${esc(t.title)}.</abstract><persons>${t.speakers.map((p) => `<person>${esc(p)}</person>`).join('')}</persons></event>`,
              )
              .join('')}</room>`,
        )
        .join('')}</day>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><schedule><conference><title>Bench Conf</title><time_zone_name>Europe/Berlin</time_zone_name></conference>${days.join('')}</schedule>`;
}

export function asSessionize(talks: BenchTalk[]): string {
  const rooms = [...new Set(talks.map((t) => t.room))].map((name, i) => ({ id: i + 1, name, sort: i }));
  const speakers = [...new Set(talks.flatMap((t) => t.speakers))].map((fullName, i) => ({ id: `sp-${i}`, fullName }));
  const speakerId = new Map(speakers.map((s) => [s.fullName, s.id]));
  return JSON.stringify({
    sessions: talks.map((t) => ({
      id: t.code,
      title: t.title,
      description: `About ${t.title}.`,
      startsAt: `${t.day}T${t.start}:00`,
      endsAt: `${t.day}T${t.end}:00`,
      isServiceSession: false,
      speakers: t.speakers.map((s) => speakerId.get(s)),
      roomId: rooms.find((r) => r.name === t.room)!.id,
    })),
    speakers,
    rooms,
  });
}

export function asIcs(talks: BenchTalk[]): string {
  const when = (day: string, time: string) => `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;
  const events = talks.map((t) =>
    [
      'BEGIN:VEVENT',
      `SUMMARY:${t.title} - ${t.speakers.join('\\, ')}`,
      `UID:pretalx-bench-${t.code}@pretalx.example.org`,
      `DTSTART;TZID=Europe/Berlin:${when(t.day, t.start)}`,
      `DTEND;TZID=Europe/Berlin:${when(t.day, t.end)}`,
      `LOCATION:${t.room}`,
      `DESCRIPTION:About ${t.title}.`,
      `URL:${url(t)}`,
      'END:VEVENT',
    ].join('\r\n'),
  );
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//pretalx//pretalx.example.org//bench',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
