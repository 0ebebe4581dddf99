import { describe, expect, it } from 'vitest';
import { generateSession } from '../../bench/generate-session';
import { backupChunks, recordCount, type ImportChunk } from './chunks';

const chunksOf = (entries: Parameters<typeof backupChunks>[0], maxChars?: number) => {
  const out: { chunk: ImportChunk; chars: number; records: number }[] = [];
  backupChunks(
    entries,
    (json, records) => out.push({ chunk: JSON.parse(json) as ImportChunk, chars: json.length, records }),
    maxChars,
  );
  return out;
};

describe('backupChunks', () => {
  it('carries every record once, in order, each chunk within its size bar one record', () => {
    const entries = [generateSession(3000, 1), generateSession(0, 2), generateSession(500, 3)];
    const chunks = chunksOf(entries, 50_000);
    expect(chunks.length).toBeGreaterThan(10);
    for (const { chars } of chunks) expect(chars).toBeLessThanOrEqual(50_000 + 2_000);
    const back = entries.map(() => ({ sessions: [] as unknown[], sections: [] as unknown[], notes: [] as unknown[] }));
    for (const { chunk } of chunks) {
      if (chunk.session) back[chunk.entry]!.sessions.push(chunk.session);
      back[chunk.entry]!.sections.push(...chunk.sections);
      back[chunk.entry]!.notes.push(...chunk.notes);
    }
    expect(back).toEqual(entries.map((e) => ({ sessions: [e.session], sections: e.sections, notes: e.notes })));
    expect(chunks.reduce((n, c) => n + c.records, 0)).toBe(recordCount(entries));
    // A session's record comes first, once; an empty session is still sent.
    expect(chunks.filter((c) => c.chunk.session).map((c) => c.chunk.entry)).toEqual([0, 1, 2]);
  });

  it('sends a record bigger than a chunk on its own', () => {
    const entry = generateSession(3, 4);
    entry.notes[1] = { ...entry.notes[1]!, kind: 'text', text: 'x'.repeat(5000) };
    const chunks = chunksOf([entry], 1000);
    expect(chunks.some((c) => c.chunk.notes.length === 1 && c.chars > 5000)).toBe(true);
  });
});
