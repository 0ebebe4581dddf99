/**
 * Failures we carry on after (the feature still works, only less well): logged with what we were doing, never
 * swallowed. Use as `.catch(logged('keeping the context tabs'))`; the promise then resolves to undefined.
 */
export function logged(doing: string): (error: unknown) => undefined {
  return (error) => {
    console.warn(`Confnotes: ${doing} failed:`, error);
    return undefined;
  };
}
