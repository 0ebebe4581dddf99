// Types of the generated validators of one stored record each (scripts/gen-backup-validator.mjs).
import type { SchemaValidator } from './schema-validator.generated';

export declare const validateSession: SchemaValidator;
export declare const validateSection: SchemaValidator;
export declare const validateNote: SchemaValidator;
export declare const validateImage: SchemaValidator;
