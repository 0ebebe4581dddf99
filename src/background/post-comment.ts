/**
 * The comment a user adds after "Clipped to …" (`post/comment`), from the content script of the site the post was
 * clipped on: X's script comments only on posts of X, Bluesky's on Bluesky's, a Mastodon instance's (one the user
 * enabled) only on that instance's posts; Confnotes' own pages on any clip. Only a clip's comment is set this way,
 * never the user's other notes.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Post } from '../model/types';
import { mayComment } from './comment-sender';
import type { Handlers } from './handlers';
import { senderInstance } from './mastodon-handlers';
import { theOwner } from './owner';
import { fromOwnPage } from './router';
import { backgroundStore } from './store';

async function senderMay(post: Post, sender: Runtime.MessageSender): Promise<boolean> {
  if (fromOwnPage(sender, browser.runtime.id, browser.runtime.getURL(''))) return true;
  const url = sender.url ?? sender.tab?.url ?? '';
  return mayComment(post, url, post.network === 'mastodon' ? await senderInstance(sender) : null);
}

export const postCommentHandlers: Handlers<'post/comment'> = {
  'post/comment': async ({ noteId, comment }, sender) => {
    if (typeof noteId !== 'string' || typeof comment !== 'string') return { error: 'This comment could not be read.' };
    try {
      const note = await (await backgroundStore()).getNote(noteId);
      if (note?.kind !== 'post') return { error: 'This clip no longer exists.' };
      if (!(await senderMay(note.post, sender))) return { error: 'This page may not comment on that clip.' };
      return { value: await (await theOwner()).updateNote(noteId, { comment: comment.slice(0, 10_000) }) };
    } catch (error) {
      return { error: `The comment was not saved: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
};
