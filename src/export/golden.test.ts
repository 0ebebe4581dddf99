// Golden files: the sample conference rendered under option combinations that together use every value of every
// setting. Review a diff of test/golden/ like code. Regenerate with UPDATE_GOLDEN=1 npx vitest run --project unit golden
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup/validate';
import type { ExportSettings } from '../settings/settings';
import { sampleBackup } from '../../test/golden/sample-backup';
import { sampleContents } from './sample-session';
import { renderWriteup } from './writeup';

const DIR = path.resolve(import.meta.dirname, '../../test/golden/conference');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const GOLDEN: Record<string, ExportSettings> = {
  defaults: {
    tweets: 'embed',
    timestamps: 'linked',
    links: 'inline',
    heading: 'title',
    frontMatter: true,
    channel: true,
    images: 'moment',
  },
  'quote-reference-speaker': {
    tweets: 'quote',
    timestamps: 'linked',
    links: 'reference',
    heading: 'speaker-title',
    frontMatter: true,
    channel: true,
    images: 'moment',
  },
  'embed-plain-reference-no-front-matter': {
    tweets: 'embed',
    timestamps: 'plain',
    links: 'reference',
    heading: 'title',
    frontMatter: false,
    channel: true,
    images: 'moment',
  },
  'quote-off-inline-speaker-no-front-matter': {
    tweets: 'quote',
    timestamps: 'off',
    links: 'inline',
    heading: 'speaker-title',
    frontMatter: false,
    channel: true,
    images: 'moment',
  },
};

function compare(file: string, actual: string): void {
  const target = path.join(DIR, file);
  if (UPDATE || !existsSync(target)) {
    if (!UPDATE) throw new Error(`${target} is missing: run with UPDATE_GOLDEN=1 to write it, then review it`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(target, actual);
  }
  expect(actual).toBe(readFileSync(target, 'utf8'));
}

describe('golden writeups of the sample conference', () => {
  it('the sample backup is one the store would import', () => {
    const text = sampleBackup();
    const check = parseBackup(text);
    expect(check.ok ? [] : check.problems).toEqual([]);
    compare('backup.json', text);
  });

  it.each(Object.entries(GOLDEN))('%s.md', (name, settings) => {
    compare(`${name}.md`, renderWriteup(sampleContents(), settings));
  });
});
