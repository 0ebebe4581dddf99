// Notes captured against the context tab. Filled in by the YouTube work (issue 3).
import type { Handlers } from './handlers';

const notYet = async (): Promise<never> => { throw new Error('not built yet'); };
export const captureHandlers: Handlers<'note/capture'> = { 'note/capture': notYet };
