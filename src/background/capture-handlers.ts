// The moment the `add-note` command froze, for the quick-capture popup it opened (notes are saved through the owner).
import { takeFrozen } from './commands';
import type { Handlers } from './handlers';

export const captureHandlers: Handlers<'capture/frozen'> = {
  'capture/frozen': () => takeFrozen(),
};
