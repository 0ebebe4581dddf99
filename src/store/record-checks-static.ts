/** The record checks, loaded with the code that imports this (the background, the tests): see record-check.ts. */
import * as generated from '../backup/record-validator.generated';
import { useRecordValidators } from './record-check';

useRecordValidators(generated);
