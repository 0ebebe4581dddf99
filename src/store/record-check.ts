/**
 * Every record the store writes passes the same checks as a backup's (the backup schema's own definition of a
 * session, section or note), so that whatever is stored can always be exported and imported
 * back. A write that fails is refused whole with the reasons; captured values are fitted to the limits before
 * they get here (fit-post.ts), so a refusal means a bug or a user's value past a limit, said in words.
 */
import { describeSchemaErrors } from '../backup/problems';
import type { SchemaValidator } from '../backup/schema-validator.generated';
import type { Note, Section, Session } from '../model/types';
import type { BackupImage } from '../backup/format';
import type { StoredSection } from './schema';

/** The generated validators (src/backup/record-validator.generated.js). */
export interface RecordValidators {
  validateSession: SchemaValidator;
  validateSection: SchemaValidator;
  validateNote: SchemaValidator;
  validateImage: SchemaValidator;
}

/**
 * Given once per context before any write, by the writers (the background, the tests: record-checks-static.ts).
 * The pages only read the database, and do not carry the validators (a third of the panel's size budget): a write
 * from a page is refused, as is any write before the checks are given. Nothing is stored unchecked.
 */
let validators: RecordValidators | null = null;

export function useRecordValidators(given: RecordValidators): void {
  validators = given;
}

export class InvalidRecordError extends Error {
  constructor(
    readonly what: string,
    readonly problems: string[],
  ) {
    super(`This ${what} cannot be saved: ${problems.join('; ')}`);
    this.name = 'InvalidRecordError';
  }
}

// No separate structure check (see structure.ts) is needed here: a record's definition has no recursion, every
// object in it lists its fields, and the one free-form map (a session's fields) refuses inherited names.
function checked<T>(what: string, pick: (v: RecordValidators) => SchemaValidator, record: T): T {
  if (!validators) throw new InvalidRecordError(what, ['the record checks are not loaded yet']);
  const validate = pick(validators);
  if (!validate(record)) throw new InvalidRecordError(what, describeSchemaErrors(validate.errors ?? []).slice(0, 5));
  return record;
}

export const storableSession = (session: Session): Session => checked('session', (v) => v.validateSession, session);
/** A section as a backup has it: without the store's note count (a file with one is refused). */
export const checkedSection = (section: Section): Section => checked('section', (v) => v.validateSection, section);

/** A stored section is the backup's section plus the store's note count, checked on its own. */
export const storableSection = (stored: StoredSection): StoredSection => {
  const { noteCount, ...section } = stored;
  if (!Number.isSafeInteger(noteCount) || noteCount < 0) {
    throw new InvalidRecordError('section', [`its note count ${String(noteCount)} is not a whole number of notes`]);
  }
  checkedSection(section);
  return stored;
};
export const storableNote = <N extends Note>(note: N): N => checked('note', (v) => v.validateNote, note);
/** A backup's image (its bytes still base64), checked before the background keeps it for an import. */
export const checkedImage = (image: BackupImage): BackupImage => checked('image', (v) => v.validateImage, image);
