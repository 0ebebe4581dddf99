/**
 * The options page: the settings form (saved on change) and backup export/import. Slot: `preview` takes the
 * export preview given the settings on screen.
 */
import { render } from 'preact';
import { loadSettings, saveSettings } from '../src/settings/settings-storage';
import { BackupPanel } from './backup-panel';
import { workerBackupIO } from './backup-worker-io';
import { browserPageDeps } from '../src/ui/page-deps-browser';
import { connectImporter } from '../src/messaging';
import { SettingsForm } from './settings-form';
import { errorText } from '../src/ui/page-deps';
import { SampleExportPreview } from './sample-export-preview';
import { StorageUsage } from './storage-usage';
import { MastodonInstances } from './mastodon-instances';

const settingsStorage = { load: loadSettings, save: saveSettings };

async function main(root: HTMLElement) {
  try {
    const { store, ask } = await browserPageDeps(); // says at once when the database cannot open
    const storage = { estimate: () => navigator.storage.estimate(), images: () => store.imageUsage() };
    const backup = workerBackupIO(connectImporter);
    render(
      <main class="options">
        <h1>Confnotes settings</h1>
        <SettingsForm
          storage={settingsStorage}
          preview={(settings) => <SampleExportPreview settings={settings.export} />}
        />
        <MastodonInstances ask={ask} />
        {/* Before the backup: tests and people read the backup's status as the page's last. */}
        <StorageUsage source={storage} />
        <BackupPanel backup={backup} />
      </main>,
      root,
    );
  } catch (error) {
    const alert = root.appendChild(document.createElement('p'));
    alert.setAttribute('role', 'alert');
    alert.className = 'error-region shown';
    alert.textContent = `Confnotes could not open its notes database: ${errorText(error)}`;
  }
}

void main(document.getElementById('app')!);
