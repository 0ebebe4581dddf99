/**
 * The page side of "Snapshot" (panel and popup): asks the background for the context tab's frame with the words
 * typed so far as its caption, and words what came of it, saying where the picture came from.
 */
import { formatTimestamp } from '../model/timestamp';
import type { FiledNote } from '../messages';
import { errorText, type Ask } from './page-deps';

/** `screenPermission`: refused until the user allows capturing the screen (see 'snapshot/take'). */
export type SnapshotResult = { filed: FiledNote; words: string } | { error: string; screenPermission?: true };

/** What the page asks for, in the user's click, to capture the screen where a page refuses its video frame. */
export const SCREEN_CAPTURE_ORIGIN = '<all_urls>';

export async function askSnapshot(ask: Ask, text: string): Promise<SnapshotResult> {
  try {
    const answer = await ask('snapshot/take', { text });
    if ('error' in answer) return answer;
    const { note, sectionTitle, from } = answer.value;
    const seconds = note.kind === 'text' ? note.at?.seconds : undefined;
    const at = typeof seconds === 'number' ? ` at ${formatTimestamp(seconds)}` : '';
    const source = from === 'video' ? "the video's own frame" : 'from the screen: the page refused the video frame';
    return { filed: answer.value, words: `Snapshot saved to ${sectionTitle}${at} (${source})` };
  } catch (error) {
    return { error: `Snapshot failed: ${errorText(error)}` };
  }
}
