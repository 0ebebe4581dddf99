/**
 * deliver(): a request survives the background's worker dying once, is never answered "done" when it was not,
 * and fails in words instead of waiting forever.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { deliver, NO_ANSWER_TEXT, NoAnswerError } from './delivery';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const never = () => new Promise<never>(() => undefined);
const portClosed = () => Promise.reject(new Error('The message port closed before a response was received.'));
const notDelivered = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

test('an answer on the first attempt is returned as is, one send', async () => {
  const send = vi.fn(async () => ({ ok: true }));
  await expect(deliver(send, { idempotent: true })).resolves.toEqual({ ok: true });
  expect(send).toHaveBeenCalledTimes(1);
});

test('idempotent: a worker that died mid-request (port closed) is asked once more, and that answer counts', async () => {
  const send = vi.fn().mockImplementationOnce(portClosed).mockResolvedValueOnce({ note: 'n', duplicate: true });
  await expect(deliver(send, { idempotent: true })).resolves.toEqual({ note: 'n', duplicate: true });
  expect(send).toHaveBeenCalledTimes(2);
});

test('idempotent: no answer within the first wait, then an answer to the retry', async () => {
  const send = vi
    .fn()
    .mockImplementationOnce(never)
    .mockResolvedValueOnce({ clipped: ['1'] });
  const result = deliver(send, { idempotent: true, firstWaitMs: 4000 });
  await vi.advanceTimersByTimeAsync(3999);
  expect(send).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1);
  await expect(result).resolves.toEqual({ clipped: ['1'] });
});

test('neither attempt answers: a NoAnswerError in words after both waits, not a hang', async () => {
  const send = vi.fn(never);
  const result = deliver(send, { idempotent: true, firstWaitMs: 4000, retryWaitMs: 10_000 });
  const settled = vi.fn();
  result.then(settled, settled);
  await vi.advanceTimersByTimeAsync(13_999);
  expect(settled).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  await expect(result).rejects.toThrow(NoAnswerError);
  await expect(result).rejects.toMatchObject({ reason: 'silent' });
  expect(send).toHaveBeenCalledTimes(2);
});

test('an undefined answer (no listener answered) is not taken for success', async () => {
  const send = vi.fn().mockResolvedValueOnce(undefined).mockResolvedValueOnce(undefined);
  await expect(deliver(send, { idempotent: true })).rejects.toThrow(NoAnswerError);
});

test('not idempotent: retried only when the message surely never arrived', async () => {
  const resent = vi.fn().mockImplementationOnce(notDelivered).mockResolvedValueOnce({ note: 'n' });
  await expect(deliver(resent, { idempotent: false })).resolves.toEqual({ note: 'n' });
  expect(resent).toHaveBeenCalledTimes(2);

  const died = vi.fn().mockImplementationOnce(portClosed).mockResolvedValueOnce({ note: 'twice' });
  await expect(deliver(died, { idempotent: false })).rejects.toMatchObject({ reason: 'unsure' });
  expect(died).toHaveBeenCalledTimes(1);

  const silent = vi.fn(never);
  const result = deliver(silent, { idempotent: false, retryWaitMs: 10_000 });
  const caught = result.catch((error: unknown) => error);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(await caught).toBeInstanceOf(NoAnswerError);
  expect(silent).toHaveBeenCalledTimes(1);
});

test('once the extension is gone, no retry: the user is told to reload the page', async () => {
  const send = vi.fn(portClosed);
  await expect(deliver(send, { idempotent: true, alive: () => false })).rejects.toMatchObject({ reason: 'gone' });
  expect(NO_ANSWER_TEXT.gone).toContain('reload this page');
  expect(send).toHaveBeenCalledTimes(1);
});
