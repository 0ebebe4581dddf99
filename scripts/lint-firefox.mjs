// `npm run lint`: addons.mozilla.org's validator (`web-ext lint`) on the built dist/firefox. Errors and notices
// always fail. A warning passes only when it is one of the few explained in docs/firefox.md, recognised by the
// exact code the validator points at (not just by file), so a new warning of the same kind in our code still fails.
// Usage: node scripts/lint-firefox.mjs (after scripts/build.mjs; honours CONFNOTES_DIST like the build).
import { cmd } from 'web-ext';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Warnings that come from libraries we bundle, each with why it is safe; docs/firefox.md says more. */
export const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's diff: `dom.innerHTML = newHtml.__html`, reached only through a `dangerouslySetInnerHTML` prop.
    source: /^[\w$]+\.innerHTML=[\w$]+\.__html\b/,
    why: "Preact's dangerouslySetInnerHTML support (used only with DOMPurify's output)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // DOMPurify's fallback parser writes the untrusted input into a detached, script-less document to sanitise it.
    source: /^[\w$]+\.documentElement\.innerHTML=[\w$]+\?[\w$]+:[\w$]+/,
    why: 'DOMPurify parsing input in a detached document, which is how it sanitises',
  },
];

/** The code at a message's line and column (the validator counts columns from 1). */
function sourceAt(sourceDir, message) {
  if (!message.file || !message.line) return '';
  const lines = readFileSync(path.join(sourceDir, message.file), 'utf8').split('\n');
  const start = Math.max((message.column ?? 1) - 1, 0);
  return (lines[message.line - 1] ?? '').slice(start, start + 200);
}

export function explain(sourceDir, message) {
  if (message._type !== 'warning') return null;
  const code = sourceAt(sourceDir, message);
  return EXPLAINED.find((known) => known.code === message.code && known.source.test(code)) ?? null;
}

export async function lintFirefox(sourceDir) {
  const result = await cmd.lint(
    { sourceDir, selfHosted: false, output: 'none', warningsAsErrors: false },
    { shouldExitProgram: false },
  );
  const all = [...result.errors, ...result.warnings, ...result.notices];
  const explained = [];
  const failures = [];
  for (const message of all) {
    const known = explain(sourceDir, message);
    (known ? explained : failures).push({ message, known });
  }
  return { counts: result.count, summary: result.summary, explained, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.env.CONFNOTES_DIST ? path.resolve(process.env.CONFNOTES_DIST) : path.join(root, 'dist');
  const sourceDir = path.join(dist, 'firefox');
  const { summary, explained, failures } = await lintFirefox(sourceDir);
  const where = (m) => `${m.file ?? 'manifest'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
  console.log(
    `web-ext lint ${path.relative(root, sourceDir) || sourceDir}: ${summary.errors} errors, ` +
      `${summary.warnings} warnings (${explained.length} explained in docs/firefox.md), ${summary.notices} notices`,
  );
  for (const { message, known } of explained)
    console.log(`  explained  ${message.code} ${where(message)}: ${known.why}`);
  for (const { message } of failures) {
    console.log(`  ${message._type.toUpperCase().padEnd(9)}  ${message.code} ${where(message)}: ${message.message}`);
  }
  process.exitCode = failures.length ? 1 : 0;
}
