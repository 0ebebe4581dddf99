import { describe, expect, it } from 'vitest';
import { slugify } from './slug';
import { formatSeconds, momentUrl } from './timestamp';

describe('slugify', () => {
  it.each([
    ['DevOpsDays London 2018', 'devopsdays-london-2018'],
    ['Café: Ünïcode — talks!', 'cafe-unicode-talks'],
    ['../../etc/passwd', 'etc-passwd'],
    ['東京 Conf', '東京-conf'],
    ['🎉🎉', 'writeup'],
    ['', 'writeup'],
  ])('%j -> %j', (title, slug) => expect(slugify(title)).toBe(slug));

  it('keeps file names short', () => expect(slugify('a '.repeat(200)).length).toBeLessThanOrEqual(80));
});

describe('timestamps', () => {
  it.each([
    [0, '0:00'],
    [59.9, '0:59'],
    [754, '12:34'],
    [3725, '1:02:05'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
  ])('%d s -> %s', (s, text) => expect(formatSeconds(s)).toBe(text));

  it('links the moment with &t=Ns, only for a real video id', () => {
    expect(momentUrl({ videoId: 'Hb0aRtal001', seconds: 754.6 })).toBe(
      'https://www.youtube.com/watch?v=Hb0aRtal001&t=754s',
    );
    expect(momentUrl({ videoId: 'x"><script>', seconds: 1 })).toBeNull();
  });
});
