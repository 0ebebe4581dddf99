/**
 * The attributes Bluesky's parser reads, which the content script keeps in its snapshot: X's, and RichText's mark
 * on a post's text (`data-word-wrap`). Its own module, so that the content script carries none of the parser.
 */
import { KEEP } from '../tweet/snapshot';

export const BLUESKY_ATTRIBUTES = [...KEEP, 'data-word-wrap'];
