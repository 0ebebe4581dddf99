import { describe, expect, it } from 'vitest';
import { requestPersistence } from './persist';

const manager = (impl: Partial<StorageManager>) => impl as StorageManager;

describe('requestPersistence', () => {
  it('asks for persistence and reports the answer', async () => {
    let asked = 0;
    const storage = manager({
      persisted: async () => false,
      persist: async () => {
        asked += 1;
        return true;
      },
    });
    expect(await requestPersistence(storage)).toBe(true);
    expect(asked).toBe(1);
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = manager({
      persisted: async () => true,
      persist: async () => {
        throw new Error('not expected');
      },
    });
    expect(await requestPersistence(storage)).toBe(true);
  });

  it('answers false without throwing when the API is missing or refuses', async () => {
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence(manager({}))).toBe(false);
    expect(
      await requestPersistence(
        manager({
          persist: async () => {
            throw new Error('denied');
          },
        }),
      ),
    ).toBe(false);
  });
});
