// Tweets clipped from X by the content script. Filled in by the tweet work (issue 4).
import type { Handlers } from './handlers';

const notYet = async (): Promise<never> => { throw new Error('not built yet'); };
export const tweetHandlers: Handlers<'tweet/clip' | 'tweet/clipped'> = { 'tweet/clip': notYet, 'tweet/clipped': notYet };
