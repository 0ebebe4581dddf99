/**
 * A macrotask through a message channel, for long work that lets other work in between its slices: a chain of
 * `setTimeout(0)` is held to 4 ms a step after the fifth, which a hundred slices would pay for nothing.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
