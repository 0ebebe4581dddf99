// The entry of preview.js (scripts/build.mjs): hands the preview's renderer to the page that added the script.
import { providePreviewRenderer } from './load-preview';
import { previewHtml, sampleWriteup } from './preview-renderer';

providePreviewRenderer({ previewHtml, sampleWriteup });
