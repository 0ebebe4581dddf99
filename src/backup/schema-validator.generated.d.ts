// Types of the generated validator of a whole backup file (scripts/gen-backup-validator.mjs).
import type { ErrorObject } from 'ajv';

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: SchemaValidator;
