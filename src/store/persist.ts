/**
 * Asks the browser not to evict our storage under pressure (notes are the user's only copy). Pages call it once
 * they open; it answers whether storage is persistent and never throws, since some browsers lack the API or
 * refuse it outside a user gesture.
 */
export async function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false; // a browser that refuses the question keeps the notes as best effort, as without the API
  }
}
