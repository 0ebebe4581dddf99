/**
 * Turning ajv's errors into sentences a person can act on: the field as a path into the file
 * (`sessions[0].notes[3].kind`) and the reason (`must be one of text, quote, post, page, heading`).
 */
import type { ErrorObject } from 'ajv';

/** `/sessions/0/notes/3` -> `sessions[0].notes[3]`; odd keys (user's fields) are quoted. */
export function fieldPath(pointer: string, extra?: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) segments.push(extra);
  let path = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path || 'the file';
}

const PATTERN_REASONS: Record<string, string> = {
  '^https?://[^\\s]+$': 'must be an http or https address',
  '^(\\d{4}-\\d{2}-\\d{2})?$': 'must be a date like 2018-09-27, or empty',
  '^[A-Za-z0-9_-]{11}$': 'must be an 11-character YouTube video id',
  '^[0-9]{1,25}$': 'must be a tweet id (digits)',
  '^([0-9]{1,25})?$': 'must be a tweet id (digits), or empty',
  '^(https?://[^\\s]+)?$': 'must be an http or https address, or empty',
  '^youtube:[A-Za-z0-9_-]{11}$': 'must be youtube:<video id>',
  '^[A-Za-z0-9_]{0,50}$': 'must be an X handle without the @',
  '^[A-Za-z0-9_.@-]*$': 'must be a handle without the leading @',
  '^([A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+)?$': 'must be a Bluesky handle (a domain) without the @, or empty',
  '^([A-Za-z0-9_.-]{1,64}@[A-Za-z0-9.-]{1,253})?$':
    'must be a Mastodon handle (user@instance) without the leading @, or empty',
  '^[A-Za-z0-9]{0,64}$': 'must be a Mastodon status id (letters and digits), or empty',
  '^[A-Za-z0-9._:~-]+$': 'must be a post id (letters, digits and . _ : ~ -)',
  '^[A-Za-z0-9._:~-]*$': 'must be a post id (letters, digits and . _ : ~ -), or empty',
  '^did:[a-z]+:[A-Za-z0-9._:%-]+$': 'must be a DID like did:plc:…',
  '^(x:[0-9]{1,25}|bluesky:[^\\s/]{1,2048}/[A-Za-z0-9._:~-]{1,512}|mastodon:[^\\s/]{1,253}/[A-Za-z0-9]{1,64})$':
    'must be x:<id>, bluesky:<handle>/<rkey> or mastodon:<instance>/<id>',
  '^([A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*|[+-]\\d{2}:\\d{2})$':
    'must be a time zone like Europe/Berlin or +01:00',
  '^\\d{4}-\\d{2}-\\d{2}$': 'must be a date like 2018-09-27',
  '^[\\p{L}\\p{N}_-]+$': 'must be a reference label: letters, digits, - and _',
};

const ARTICLE: Record<string, string> = { object: 'an object', array: 'an array', integer: 'an integer' };

function reason(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${ARTICLE[String(p.type)] ?? `a ${String(p.type)}`}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return PATTERN_REASONS[String(p.pattern)] ?? `must match ${String(p.pattern)}`;
    case 'minLength':
      return Number(p.limit) === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'maxProperties':
      return `must have at most ${String(p.limit)} fields`;
    case 'anyOf':
      return error.instancePath.endsWith('/time') ? 'must be an ISO 8601 time, or empty' : 'is not valid here';
    default:
      return error.message ?? 'is not valid';
  }
}

/** What a note's `kind` or a post part's `type` may be (the discriminator's choices). */
const KINDS: Record<string, string> = {
  kind: 'text, quote, post, page, heading',
  type: 'text, url, mention, hashtag, cashtag, emoji',
};
/** A note or a post part: its fields depend on its kind. */
const HAS_KINDS = /\/(notes|parts)\/\d+$/;

export function describeSchemaError(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${fieldPath(error.instancePath, String(p.missingProperty))}: is missing`;
    case 'discriminator': {
      const tag = String(p.tag);
      if (p.error === 'mapping')
        return `${fieldPath(error.instancePath, tag)}: must be one of ${KINDS[tag] ?? 'the known kinds'}`;
      return `${fieldPath(error.instancePath, tag)}: ${p.tagValue === undefined ? 'is missing' : 'must be text'}`;
    }
    case 'propertyNames': {
      const name = String(p.propertyName);
      return `${fieldPath(error.instancePath, name)}: a field may not be named ${JSON.stringify(name)} (empty, over 200 characters, or a name every object inherits)`;
    }
    case 'additionalProperties':
      return `${fieldPath(error.instancePath, String(p.additionalProperty))}: is not a field of this ${HAS_KINDS.test(error.instancePath) ? 'kind' : 'format'}`;
    case 'unevaluatedProperties':
      return `${fieldPath(error.instancePath, String(p.unevaluatedProperty))}: is not a field of this kind`;
    default:
      return `${fieldPath(error.instancePath)}: ${reason(error)}`;
  }
}

/**
 * ajv reports a failed `then` twice (the inner error, then "must match then schema"), and a failed anyOf with each
 * branch's error before its own: keep the informative one of each.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): string[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // A field name's own error is said by the propertyNames error that follows it.
  const namesAt = new Set(errors.filter((e) => e.keyword === 'propertyNames').map((e) => e.instancePath));
  const useful = errors.filter(
    (e) =>
      e.keyword !== 'if' &&
      (e.keyword === 'propertyNames' || !namesAt.has(e.instancePath)) &&
      (e.keyword === 'anyOf' || !anyOfAt.has(e.instancePath)),
  );
  return [...new Set(useful.map(describeSchemaError))];
}
