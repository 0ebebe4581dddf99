/**
 * The writeup of a session for the panel's "Export Markdown", "Copy Markdown" and preview: the one renderer,
 * the saved settings, the same bytes as the CLI gives for the session's backup.
 */
import { renderWriteup } from '../export/writeup';
import { slugify } from '../export/slug';
import { imageFiles, snapshotCount } from '../export/image-files';
import { loadSettings } from '../settings/settings-storage';
import type { Handlers } from './handlers';
import { backgroundStore } from './store';

export const exportHandlers: Handlers<'export/markdown'> = {
  'export/markdown': async ({ sessionId, tweets, files }) => {
    try {
      const [db, settings] = await Promise.all([backgroundStore(), loadSettings()]);
      const contents = await db.loadSession(String(sessionId));
      if (!contents) return { error: 'This session no longer exists.' };
      const choices = tweets === 'quote' || tweets === 'embed' ? { ...settings.export, tweets } : settings.export;
      const fileName = `${slugify(contents.session.title)}.md`;
      const snapshots = snapshotCount(contents);
      if (files === true && snapshots > 0) {
        const paths = imageFiles(contents);
        const markdown = renderWriteup(contents, choices, paths);
        return { markdown, fileName, snapshots, images: [...paths].map(([id, path]) => ({ id, path })) };
      }
      return { markdown: renderWriteup(contents, choices), fileName, snapshots };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  },
};
