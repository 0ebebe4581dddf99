/**
 * Backup imports arrive on a port from the options page (see IMPORT_PORT in src/messages.ts) and are written here,
 * by the one writer (src/owner/backup-import.ts). Only this extension's own pages may open one: a content script
 * carries our id too, but runs inside a web page. A page that goes away mid-import ends its port, and with it the
 * import: nothing of it is written. In Chrome the file itself comes to the service worker (backup-files.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { IMPORT_PORT, type FromImporter } from '../messages';
import { backupImport } from '../owner/backup-import';
import { announcements } from './announce';
import { fromOwnPage } from './router';
import { backgroundDatabase, backgroundStore } from './store';
import { fillThumbs } from './thumb-fill';
import { thumbOfBlob } from './thumbs';
import { logged } from '../log';
import { listenForBackupFiles, takesFiles } from './backup-files';

export function listenForImports(): void {
  const ownOrigin = browser.runtime.getURL('');
  const fileText = takesFiles() ? listenForBackupFiles(globalThis, ownOrigin) : undefined;
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== IMPORT_PORT) return;
    if (!port.sender || !fromOwnPage(port.sender, browser.runtime.id, ownOrigin)) {
      port.disconnect();
      return;
    }
    let open = true;
    const run = backupImport({
      database: backgroundDatabase,
      announce: (change) => {
        announcements.announce(change);
        // An import's images come without thumbnails (a backup carries none): they are made now.
        if (change.kind === 'reset') fillThumbs(backgroundStore, thumbOfBlob).catch(logged('making thumbnails'));
      },
      send: (message: FromImporter) => {
        if (open) port.postMessage(message);
      },
      fileText,
    });
    port.onMessage.addListener((message: unknown) => run.receive(message));
    port.onDisconnect.addListener(() => {
      open = false;
      run.end();
    });
  });
}
