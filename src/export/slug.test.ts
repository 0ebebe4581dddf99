import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

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
