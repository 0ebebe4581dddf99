/**
 * Delivering a request to the background when its worker may die under it. An MV3 service worker is stopped
 * when idle and can crash mid-request; then `sendMessage` either rejects (the port closed) or never answers.
 * Either way the caller must not show "saved" and must not wait forever: one more attempt is made (sending wakes
 * a stopped worker again), then the request fails with a sentence the user can read, and the caller keeps what
 * the user typed. Pure (timers only), so content scripts and pages share it without webextension-polyfill.
 *
 * An attempt that timed out may still have been carried out, so a request is only retried after a timeout when
 * doing it twice changes nothing (`idempotent`: a clip is deduplicated by its tweet id, a read is a read).
 */
export const FIRST_WAIT_MS = 4000;
export const RETRY_WAIT_MS = 10_000;

/**
 * Why a request failed, as a code so that each caller words it for its place (a button's tooltip, a page's
 * alert): `unsure` the background got it and went silent (it may have been carried out), `gone` the extension was
 * reloaded or removed under the page, `silent` no attempt was answered.
 */
export type NoAnswer = 'unsure' | 'gone' | 'silent';

export class NoAnswerError extends Error {
  constructor(readonly reason: NoAnswer) {
    super(reason);
  }
}

/** The sentence for a page to show. */
export const NO_ANSWER_TEXT: Record<NoAnswer, string> = {
  unsure: 'Confnotes did not answer, so this may not be saved: check the notes, then try again.',
  gone: 'Confnotes was reloaded or removed: reload this page, then try again.',
  silent: 'Confnotes did not answer: try again.',
};

/**
 * Requests that may safely run twice: reads, the clip (one note per tweet and session whatever happens), and
 * intents that set a value (a choice, a comment, a note's text) rather than add one.
 */
export const IDEMPOTENT_REQUESTS: ReadonlySet<string> = new Set([
  'post/clip',
  'tweet/clip-page',
  'tweet/clipped',
  'bluesky/clip-page',
  'bluesky/clipped',
  'post/comment',
  'workspace/get',
  'export/markdown',
  'selection/choose',
  'follow/talk',
  'note/update',
  'note/remove-time',
]);

/** Chrome and Firefox say this when no listener received the message: it was not carried out. */
const NOT_DELIVERED = /could not establish connection|receiving end does not exist/i;

const LATE = Symbol();

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(resolve, ms, LATE);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export interface DeliveryOptions {
  /** Doing the request twice is the same as once: it may be retried after an attempt that timed out. */
  idempotent: boolean;
  firstWaitMs?: number;
  retryWaitMs?: number;
  /** False once the extension is gone (reloaded, removed): then no retry can succeed. */
  alive?: () => boolean;
}

/**
 * `send` once. When it rejects or does not answer in time, `send` once more (for a request that may not run
 * twice, only when the first one surely never arrived) and wait up to `retryWaitMs`. Throws NoAnswerError when
 * no attempt answered. An `undefined` answer counts as none: the background always answers something.
 */
export async function deliver<T>(send: () => Promise<T>, options: DeliveryOptions): Promise<T> {
  const { idempotent, firstWaitMs = FIRST_WAIT_MS, retryWaitMs = RETRY_WAIT_MS, alive = () => true } = options;
  for (const wait of [idempotent ? firstWaitMs : retryWaitMs, retryWaitMs]) {
    let unsure: boolean;
    try {
      const answer = await within(send(), wait);
      if (answer !== undefined && answer !== LATE) return answer;
      unsure = answer === LATE;
    } catch (error) {
      unsure = !NOT_DELIVERED.test(String(error));
    }
    // What reached the background may have been done: a request that may not run twice is not sent again.
    if (unsure && !idempotent) throw new NoAnswerError('unsure');
    if (!alive()) throw new NoAnswerError('gone');
  }
  throw new NoAnswerError('silent');
}
