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

export class NoAnswerError extends Error {
  constructor(message = 'Confnotes did not answer: try again.') {
    super(message);
    this.name = 'NoAnswerError';
  }
}

class TimedOut extends Error {}

/** Requests that may safely run twice: reads, and the clip (one note per tweet and session whatever happens). */
export const IDEMPOTENT_REQUESTS: ReadonlySet<string> = new Set(['tweet/clip', 'tweet/clipped', 'context/get', 'export/markdown']);

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimedOut()), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}

export interface DeliveryOptions {
  /** Doing the request twice is the same as once: it may be retried after an attempt that timed out. */
  idempotent: boolean;
  firstWaitMs?: number;
  retryWaitMs?: number;
  /** False once the extension is gone (reloaded, removed): then no retry can succeed. */
  alive?: () => boolean;
}

/** Chrome and Firefox say this when no listener received the message: it was not carried out. */
const NOT_DELIVERED = /could not establish connection|receiving end does not exist/i;

const UNSURE = 'Confnotes did not answer, so this may not be saved: check the panel, then try again.';

/**
 * `send` once. When it rejects or does not answer in time, `send` once more (for a request that may not run
 * twice, only when the first one surely never arrived) and wait up to `retryWaitMs`. Throws NoAnswerError when
 * no attempt answered. An `undefined` answer counts as none: the background always answers something.
 */
export async function deliver<T>(send: () => Promise<T>, options: DeliveryOptions): Promise<T> {
  const { idempotent, firstWaitMs = FIRST_WAIT_MS, retryWaitMs = RETRY_WAIT_MS, alive = () => true } = options;
  try {
    const answer = await within(send(), idempotent ? firstWaitMs : retryWaitMs);
    if (answer !== undefined) return answer;
  } catch (error) {
    const arrived = error instanceof TimedOut || !NOT_DELIVERED.test(error instanceof Error ? error.message : String(error));
    if (arrived && !idempotent) throw new NoAnswerError(UNSURE);
  }
  if (!alive()) throw new NoAnswerError('Confnotes was reloaded or removed: reload this page, then try again.');
  try {
    const answer = await within(send(), retryWaitMs);
    if (answer !== undefined) return answer;
  } catch {
    // Said below, in words.
  }
  throw new NoAnswerError();
}
