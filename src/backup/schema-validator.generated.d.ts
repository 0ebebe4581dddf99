// Types of the generated validator (scripts/gen-backup-validator.mjs): an ajv standalone validate function.
import type { ErrorObject } from 'ajv';

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: SchemaValidator;
export default validate;
