// The context tab (most recently active web page) and its YouTube player. Filled in by the YouTube work (issue 3).
import type { Handlers } from './handlers';

const notYet = async (): Promise<never> => { throw new Error('not built yet'); };
export const contextHandlers: Handlers<'context/get' | 'context/moment' | 'youtube/resume' | 'youtube/seek'> = {
  'context/get': notYet, 'context/moment': notYet, 'youtube/resume': notYet, 'youtube/seek': notYet,
};
