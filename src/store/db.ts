/**
 * Opening the Confnotes database. The factory is a parameter so tests give each case a fresh fake-indexeddb
 * factory; extension pages and the background use the browser's own. `version` exists for the upgrade tests,
 * which write a database as an earlier version left it and then open it as the current one.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, DB_VERSION, type ConfnotesDB, type StoreName } from './schema';
import { runUpgrades } from './upgrades';

export type ConfnotesDatabase = IDBPDatabase<ConfnotesDB>;

export interface OpenOptions {
  name?: string;
  version?: number;
}

export function openConfnotesDB(
  factory: IDBFactory = indexedDB,
  options: OpenOptions = {},
): Promise<ConfnotesDatabase> {
  const version = options.version ?? DB_VERSION;
  const request = factory.open(options.name ?? DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
      ConfnotesDB,
      StoreName[],
      'versionchange'
    >;
    runUpgrades(wrap(request.result) as ConfnotesDatabase, event.oldVersion, event.newVersion ?? version, tx);
  });
  return (wrap(request) as Promise<ConfnotesDatabase>).then((db) => {
    // Another tab or the background wants a newer version: step aside so its upgrade is not blocked forever.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
