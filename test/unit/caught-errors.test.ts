/**
 * No error is swallowed silently (CONTRIBUTING.md, "Errors"): every `catch` block and every `.catch(…)` in the
 * shipped code either uses what it caught (shows it, rethrows it, turns it into an answer), logs it with what we
 * were doing (`logged(…)` from src/log.ts), or says in a comment why carrying on without it is enough. ESLint's
 * no-empty already refuses an empty block with no comment; this also finds `catch { return null; }` and
 * `.catch(() => undefined)` that nobody explained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'panel', 'popup', 'options'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    const shipped = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|test-support|\.generated\.|\.d\.ts$/.test(entry.name);
    return shipped ? [full] : [];
  });
}

const COMMENT = /\/\/|\/\*/;

/** The text of a block from its `{` to the matching `}` (strings and comments are not parsed: good enough here). */
function blockAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

/** The argument of a `.catch(` call, up to its matching `)`. */
function argumentAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open);
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The line before `index`'s line, and that line itself: where a comment about it would stand. */
function linesAround(text: string, index: number): string {
  const lines = text.split('\n');
  const at = lineOf(text, index) - 1;
  return `${lines[at - 1] ?? ''}\n${lines[at] ?? ''}`;
}

/** The lines of `text` where a caught error is neither used, logged, nor explained. */
function unexplained(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/\bcatch\s*(\((\w+)\))?\s*\{/g)) {
    const block = blockAt(text, m.index + m[0].length - 1);
    const name = m[2];
    const usesError = !!name && new RegExp(`\\b${name}\\b`).test(block.slice(1));
    const explained = COMMENT.test(block) || /\blogged\(/.test(block) || COMMENT.test(linesAround(text, m.index));
    if (!usesError && !explained) found.push(lineOf(text, m.index));
  }
  for (const m of text.matchAll(/\.catch\(/g)) {
    const arg = argumentAt(text, m.index + m[0].length - 1).trim();
    const param = /^\(?\s*(\w+)(?:\s*:\s*\w+)?\s*\)?\s*=>/.exec(arg)?.[1];
    const usesError = !!param && new RegExp(`\\b${param}\\b`).test(arg.slice(arg.indexOf('=>')));
    // A named handler (`.catch(onError)`, `.catch(reject)`) is a function that does something with it.
    const passesOn = /^[\w.]+$/.test(arg) || /^logged\(/.test(arg);
    const explained = COMMENT.test(arg) || COMMENT.test(linesAround(text, m.index));
    if (!usesError && !passesOn && !explained) found.push(lineOf(text, m.index));
  }
  return found;
}

test('every caught error is used, logged, or explained in a comment', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(root, folder)));
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((file) =>
    unexplained(readFileSync(file, 'utf8')).map((line) => `${path.relative(root, file)}:${line}`),
  );
  expect(found).toEqual([]);
});

test('the check finds a silent catch and accepts an explained, logged or used one', () => {
  expect(unexplained('try {\n  a();\n} catch {\n  return null;\n}')).toEqual([3]);
  expect(unexplained('p.catch(() => undefined);')).toEqual([1]);
  expect(unexplained('p.catch((): Answer => ({ ok: false }));')).toEqual([1]);
  expect(unexplained('try { a(); } catch {\n  return null; // not an address: no talk\n}')).toEqual([]);
  expect(unexplained('try { a(); } catch (error) {\n  show(error);\n}')).toEqual([]);
  expect(unexplained('try { a(); } catch (error) {\n  return null;\n}')).toEqual([1]);
  expect(unexplained("p.catch(logged('reading the tabs'));")).toEqual([]);
  expect(unexplained('p.catch((error: unknown) => fail(error));')).toEqual([]);
  expect(unexplained('// The tab may be gone: nothing to focus.\np.catch(() => undefined);')).toEqual([]);
  expect(unexplained('p.catch(onError);')).toEqual([]);
});
