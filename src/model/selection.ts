/** Which section a choice points at, the one rule every reader of the selection uses. */
import type { Id } from './types';

/** The chosen section if it is still there, else the last one (undefined when there are none). */
export function chosenOrLast<S extends { id: Id }>(sections: readonly S[], chosenId: Id | null): S | undefined {
  return sections.find((s) => s.id === chosenId) ?? sections.at(-1);
}
