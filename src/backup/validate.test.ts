import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from './format';
import { parseBackup, validateBackup } from './validate';
import { asVersion5, sampleBackupText, withChange } from './test-support';

let good: string;

/** A talk's schedule as an import keeps it on its section. */
const talkSchedule = {
  talkId: 'pretalx-ops19-ABC123@pretalx.example.org',
  title: 'Pipelines without tears',
  speakers: ['Ada Example'],
  room: 'Main hall',
  start: 1560931200000,
  end: 1560933600000,
  timeZone: 'Europe/Berlin',
  day: '2019-06-19',
  url: 'https://pretalx.example.org/ops19/talk/ABC123/',
  abstract: 'Pipelines, calmly.',
  status: 'confirmed',
};

beforeAll(async () => {
  good = await sampleBackupText();
});

const broken = (change: (b: any) => void): string => withChange(good, change);

describe('validateBackup', () => {
  it('accepts an exported backup with every kind of record', () => {
    const check = parseBackup(good);
    expect(check.ok ? check.backup.sessions.length : check.problems).toBe(2);
  });

  it('names both places of an id used twice, in a session and across sessions', () => {
    const check = parseBackup(
      broken((b) => {
        b.sessions[0].notes[1].id = b.sessions[0].notes[0].id;
        b.sessions[1].session.id = b.sessions[0].session.id;
      }),
    );
    const problems = check.ok ? [] : check.problems;
    expect(problems).toContain(
      `sessions[0].notes[1].id: the id ${JSON.stringify(JSON.parse(good).sessions[0].notes[0].id)} is used twice (also at sessions[0].notes[0].id)`,
    );
    expect(
      problems.some((p) =>
        /^sessions\[1\]\.session\.id: .* is used twice \(also at sessions\[0\]\.session\.id\)$/.test(p),
      ),
    ).toBe(true);
  });

  it('accepts a quoted tweet that X showed without its permalink', () => {
    const check = parseBackup(
      broken((b) => {
        Object.assign(b.sessions[0].notes[2].post.quoted, { id: '', url: '', incomplete: true });
      }),
    );
    expect(check.ok ? 'ok' : check.problems).toBe('ok');
  });

  it("reads a version 6 file as it is, and a version 7 poll's votes per choice, closed and end time", () => {
    const v6 = parseBackup(
      broken((b) => {
        b.version = 6;
      }),
    );
    expect(v6.ok ? v6.backup.version : v6.problems).toBe(BACKUP_VERSION);
    const poll = {
      options: [{ label: 'Flags', percent: 60, votes: 15 }, { label: 'Migrations' }],
      votes: '25 people',
      status: 'Closed',
      closed: true,
      ends: '2025-09-20T09:45:00.000Z',
    };
    const v7 = parseBackup(broken((b) => Object.assign(b.sessions[0].notes[2].post, { poll })));
    expect(v7.ok ? 'ok' : v7.problems).toBe('ok');
    const bad = parseBackup(
      broken((b) =>
        Object.assign(b.sessions[0].notes[2].post, { poll: { ...poll, options: [{ label: 'x', votes: -1 }] } }),
      ),
    );
    expect(bad.ok).toBe(false);
    const old = parseBackup(
      broken((b) => {
        b.version = 6;
        Object.assign(b.sessions[0].notes[2].post, { poll: { ...poll, closed: 'yes' } });
      }),
    );
    expect(old.ok).toBe(false);
  });

  it('reads a version 2 file as it is, and the schedule, clock stamps and alignment of version 3', () => {
    const v2 = parseBackup(
      broken((b) => {
        b.version = 2;
      }),
    );
    expect(v2.ok ? v2.backup.version : v2.problems).toBe(BACKUP_VERSION);
    const check = parseBackup(
      broken((b) => {
        b.sessions[0].sections[0].schedule = talkSchedule;
        b.sessions[0].sections[0].source.alignment = { clock: 1560931200000, seconds: 192.5 };
        b.sessions[0].sections[1].schedule = {
          ...talkSchedule,
          talkId: 'x',
          timeZone: '+02:00',
          url: '',
          speakers: [],
          status: 'cancelled',
        };
        b.sessions[0].notes[0].clock = { at: 1560931925000, timeZone: 'Europe/Berlin' };
        b.sessions[0].notes[1].clock = { at: 1560932000000, timeZone: 'America/Argentina/Buenos_Aires' };
      }),
    );
    expect(check.ok ? check.backup.sessions[0]!.sections[0]!.schedule : check.problems).toEqual(talkSchedule);
  });

  it("reads a version 3 file as it is, and a session's introduction, closing, labels and sub-headings", () => {
    const v3 = parseBackup(
      broken((b) => {
        b.version = 3;
      }),
    );
    expect(v3.ok ? v3.backup.version : v3.problems).toBe(BACKUP_VERSION);
    const check = parseBackup(
      broken((b) => {
        Object.assign(b.sessions[0].session, {
          intro: 'Hello **all**.',
          closing: 'Bye.',
          closingHeading: 'Closing Remarks',
          labels: { 'https://example.com/a': 'café-talk_2' },
        });
        b.sessions[0].notes[0] = { ...b.sessions[0].notes[0], kind: 'heading', text: 'General notes' };
        delete b.sessions[0].notes[0].at;
      }),
    );
    expect(check.ok ? check.backup.sessions[0]!.session.labels : check.problems).toEqual({
      'https://example.com/a': 'café-talk_2',
    });
  });

  it('reads a version 5 file: its tweet notes are posts of X, with their quote and thread, keyed x:<id>', () => {
    const check = parseBackup(broken(asVersion5));
    expect(check.ok ? check.backup.version : check.problems).toBe(BACKUP_VERSION);
    const note = check.ok ? check.backup.sessions[0]!.notes[2] : null;
    expect(note).toMatchObject({ kind: 'post', sourceKey: 'x:1044', post: { network: 'x', id: '1044' } });
    const post = note?.kind === 'post' ? note.post : null;
    expect(post?.quoted?.network).toBe('x');
    expect(post?.thread?.map((t) => t.network)).toEqual(['x']);
    // The same bytes as the file written today: nothing else changed on the way in.
    expect(check.ok ? check.backup : null).toEqual((parseBackup(good) as { backup: unknown }).backup);
  });

  it('accepts posts of Bluesky and Mastodon with their own ids, handles and keys', () => {
    const check = parseBackup(
      broken((b) => {
        const [, , tweet] = b.sessions[0].notes;
        const bluesky = {
          network: 'bluesky',
          id: '3lbwd3k2qzc2a',
          url: 'https://bsky.app/profile/alice.bsky.social/post/3lbwd3k2qzc2a',
          authorName: 'Alice',
          handle: 'alice.bsky.social',
          did: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
          cid: 'bafyreib2rxk3rh6kzwq',
          parts: [{ type: 'text', text: 'Hello' }],
          time: '2026-05-01T10:00:00.000Z',
          lang: 'en',
          media: [],
          warning: 'Spoilers',
        };
        const mastodon = {
          ...bluesky,
          network: 'mastodon',
          id: '113562000000000001',
          url: 'https://mastodon.social/@bob/113562000000000001',
          handle: 'bob@mastodon.social',
          did: undefined,
          cid: undefined,
        };
        delete mastodon.did;
        delete mastodon.cid;
        b.sessions[0].notes.push(
          { ...tweet, id: 'n-bsky', post: bluesky, sourceKey: 'bluesky:alice.bsky.social/3lbwd3k2qzc2a' },
          { ...tweet, id: 'n-masto', post: mastodon, sourceKey: 'mastodon:mastodon.social/113562000000000001' },
        );
      }),
    );
    expect(check.ok ? check.backup.sessions[0]!.notes.length : check.problems).toBe(7);
  });

  it("reads a version 1 file, its cards and videos in today's shape", () => {
    const check = parseBackup(
      broken((b) => {
        asVersion5(b);
        b.version = 1;
        b.sessions[0].notes[2].tweet.media = [
          { type: 'video', url: 'https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/v.jpg' },
          { type: 'card', url: 'https://pbs.twimg.com/card.jpg', href: 'https://example.com/post', title: 'A post' },
        ];
      }),
    );
    expect(check.ok ? check.backup.sessions[0]!.notes[2] : check.problems).toMatchObject({
      kind: 'post',
      sourceKey: 'x:1044',
      post: {
        network: 'x',
        media: [
          {
            type: 'video',
            url: 'https://x.com/speaker/status/1044',
            poster: 'https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/v.jpg',
          },
          { type: 'card', url: 'https://example.com/post', image: 'https://pbs.twimg.com/card.jpg', title: 'A post' },
        ],
      },
    });
    expect(check.ok && check.backup.version).toBe(BACKUP_VERSION);
  });

  it('accepts a poll, an article and the parts an incomplete tweet misses', () => {
    const check = parseBackup(
      broken((b) => {
        Object.assign(b.sessions[0].notes[2].post, {
          poll: {
            options: [
              { label: 'Yes', percent: 60 },
              { label: 'No', percent: 40 },
            ],
            votes: '10 votes',
            status: 'Final results',
          },
          article: { title: 'T', body: 'One.\n\nTwo.', cover: 'https://pbs.twimg.com/media/c.jpg' },
          missing: ['poll', 'photo'],
        });
      }),
    );
    expect(check.ok ? 'ok' : check.problems).toBe('ok');
  });

  const cases: [string, () => string, string][] = [
    ['an empty file', () => '  ', 'the file is empty'],
    ['text that is not JSON', () => '{"format":', 'the file is not valid JSON'],
    ['another kind of JSON file', () => '{"name":"package"}', 'format: this is not a Confnotes backup'],
    [
      'a newer version',
      () =>
        broken((b) => {
          b.version = BACKUP_VERSION + 1;
        }),
      `version: this backup is version ${BACKUP_VERSION + 1}, newer than`,
    ],
    [
      'a reference label with a bracket',
      () =>
        broken((b) => {
          b.sessions[0].session.labels = { 'https://example.com/': 'a]b' };
        }),
      'sessions[0].session.labels["https://example.com/"]: must be a reference label: letters, digits, - and _',
    ],
    [
      'a reference label for an address that is a script',
      () =>
        broken((b) => {
          b.sessions[0].session.labels = { 'javascript:x': 'x' };
        }),
      'sessions[0].session.labels',
    ],
    [
      'a time on a sub-heading',
      () =>
        broken((b) => {
          b.sessions[0].notes[0] = { ...b.sessions[0].notes[0], kind: 'heading', text: 'A' };
        }),
      'sessions[0].notes[0].at: is not a field of this kind',
    ],
    [
      'a schedule with an unknown status',
      () =>
        broken((b) => {
          b.sessions[0].sections[0].schedule = { ...talkSchedule, status: 'maybe' };
        }),
      'sessions[0].sections[0].schedule.status: must be one of confirmed, cancelled',
    ],
    [
      'a schedule without its end',
      () =>
        broken((b) => {
          const { end: _end, ...rest } = talkSchedule;
          b.sessions[0].sections[0].schedule = rest;
        }),
      'sessions[0].sections[0].schedule.end: is missing',
    ],
    [
      'a schedule page that is a script',
      () =>
        broken((b) => {
          b.sessions[0].sections[0].schedule = { ...talkSchedule, url: 'javascript:x' };
        }),
      'sessions[0].sections[0].schedule.url: must be an http or https address, or empty',
    ],
    [
      'a clock stamp in no time zone',
      () =>
        broken((b) => {
          b.sessions[0].notes[0].clock = { at: 1, timeZone: 'Berlin time!' };
        }),
      'sessions[0].notes[0].clock.timeZone: must be a time zone like Europe/Berlin or +01:00',
    ],
    [
      'a clock stamp on a page clip',
      () =>
        broken((b) => {
          b.sessions[0].notes[3].clock = { at: 1, timeZone: 'UTC' };
        }),
      'sessions[0].notes[3].clock: is not a field of this kind',
    ],
    [
      'an alignment without its video second',
      () =>
        broken((b) => {
          b.sessions[0].sections[0].source.alignment = { clock: 1 };
        }),
      'sessions[0].sections[0].source.alignment.seconds: is missing',
    ],
    [
      'an unknown note kind',
      () =>
        broken((b) => {
          b.sessions[0].notes[3].kind = 'video';
        }),
      'sessions[0].notes[3].kind: must be one of text, quote, post, page, heading',
    ],
    [
      'a missing session title',
      () =>
        broken((b) => {
          delete b.sessions[1].session.title;
        }),
      'sessions[1].session.title: is missing',
    ],
    [
      'an empty session title',
      () =>
        broken((b) => {
          b.sessions[1].session.title = '';
        }),
      'sessions[1].session.title: must not be empty',
    ],
    [
      'a note order that is text',
      () =>
        broken((b) => {
          b.sessions[0].notes[0].order = '1';
        }),
      'sessions[0].notes[0].order: must be a number',
    ],
    [
      'a text note without its text',
      () =>
        broken((b) => {
          delete b.sessions[1].notes[0].text;
        }),
      'sessions[1].notes[0].text: is missing',
    ],
    [
      'a field another kind has',
      () =>
        broken((b) => {
          b.sessions[1].notes[0].cite = 'x';
        }),
      'sessions[1].notes[0].cite: is not a field of this kind',
    ],
    [
      'an unknown session field',
      () =>
        broken((b) => {
          b.sessions[0].session.owner = 'me';
        }),
      'sessions[0].session.owner: is not a field of this format',
    ],
    [
      'a javascript: link in a page clip',
      () =>
        broken((b) => {
          b.sessions[0].notes[3].url = 'javascript:alert(1)';
        }),
      'sessions[0].notes[3].url: must be an http or https address',
    ],
    [
      'a malformed date',
      () =>
        broken((b) => {
          b.sessions[0].session.date = '20/06/2019';
        }),
      'sessions[0].session.date: must be a date like 2018-09-27, or empty',
    ],
    [
      'a bad video id in a moment',
      () =>
        broken((b) => {
          b.sessions[0].notes[0].at.videoId = 'short';
        }),
      'sessions[0].notes[0].at.videoId: must be an 11-character YouTube video id',
    ],
    [
      'an unknown tweet part',
      () =>
        broken((b) => {
          b.sessions[0].notes[2].post.parts[0].type = 'html';
        }),
      'sessions[0].notes[2].post.parts[0].type: must be one of text, url, mention, hashtag, cashtag, emoji',
    ],
    [
      'a url part without its link',
      () =>
        broken((b) => {
          delete b.sessions[0].notes[2].post.parts[4].href;
        }),
      'sessions[0].notes[2].post.parts[4].href: is missing',
    ],
    [
      'a bad media type in a quoted tweet',
      () =>
        broken((b) => {
          b.sessions[0].notes[2].post.thread[0].media = [{ type: 'gif', url: 'https://x.com/a' }];
        }),
      'sessions[0].notes[2].post.thread[0].media[0].type: must be one of photo, video, card',
    ],
    [
      'a tweet time that is not ISO',
      () =>
        broken((b) => {
          b.sessions[0].notes[2].post.time = 'yesterday';
        }),
      'sessions[0].notes[2].post.time: must be an ISO 8601 time, or empty',
    ],
    [
      'a tweet id with letters',
      () =>
        broken((b) => {
          b.sessions[0].notes[2].post.quoted.id = 'x1';
        }),
      'sessions[0].notes[2].post.quoted.id: must be a tweet id (digits), or empty',
    ],
    [
      'a user field that is not text',
      () =>
        broken((b) => {
          b.sessions[0].session.fields['license prose'] = 3;
        }),
      'sessions[0].session.fields["license prose"]: must be a string',
    ],
    [
      'a note in a section of another session',
      () =>
        broken((b) => {
          b.sessions[1].notes[0].sectionId = b.sessions[0].sections[0].id;
        }),
      'sessions[1].notes[0].sectionId: is not a section of this session',
    ],
    [
      'a note filed under another session',
      () =>
        broken((b) => {
          b.sessions[1].notes[0].sessionId = b.sessions[0].session.id;
        }),
      `sessions[1].notes[0].sessionId: must be its session's id`,
    ],
    [
      'a duplicate note id',
      () =>
        broken((b) => {
          b.sessions[1].notes[0].id = b.sessions[0].notes[1].id;
        }),
      'sessions[1].notes[0].id: the id',
    ],
    [
      'a duplicate session',
      () =>
        broken((b) => {
          b.sessions.push(b.sessions[1]);
        }),
      'sessions[2].session.id: the id',
    ],
    [
      'a source key that does not match the video',
      () =>
        broken((b) => {
          b.sessions[0].sections[0].sourceKey = 'youtube:zzzzzzzzzzz';
        }),
      'sessions[0].sections[0].sourceKey: must be "youtube:abcdefghijk"',
    ],
    [
      'a Bluesky post with an X handle',
      () =>
        broken((b) => {
          Object.assign(b.sessions[0].notes[2].post, { network: 'bluesky', handle: 'speaker', quoted: undefined });
          delete b.sessions[0].notes[2].post.quoted;
          delete b.sessions[0].notes[2].post.thread;
          delete b.sessions[0].notes[2].sourceKey;
        }),
      'sessions[0].notes[2].post.handle: must be a Bluesky handle (a domain) without the @, or empty',
    ],
    [
      "a thread post of another network than its post's",
      () =>
        broken((b) => {
          Object.assign(b.sessions[0].notes[2].post.thread[0], { network: 'mastodon', handle: 'speaker@example.org' });
        }),
      'sessions[0].notes[2].post.thread[0].network: must be its post\'s network "x"',
    ],
    [
      'a tweet key that does not match the tweet',
      () =>
        broken((b) => {
          b.sessions[0].notes[2].sourceKey = 'x:1';
        }),
      'sessions[0].notes[2].sourceKey: must be "x:1044"',
    ],
  ];

  it.each(cases)('refuses %s, naming the field and the reason', (_, make, message) => {
    const check = parseBackup(make());
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.problems.join('\n')).toContain(message);
  });

  it('lists at most ten problems, then how many more', () => {
    // Each copy repeats three ids (its session, section and note): 36 problems.
    const check = validateBackup(
      JSON.parse(
        broken((b) => {
          for (let i = 0; i < 12; i += 1) b.sessions.push(b.sessions[1]);
        }),
      ),
    );
    expect(check.ok ? [] : check.problems).toHaveLength(11);
    expect(check.ok ? '' : check.problems[10]).toBe('and 26 more problems');
  });
});
