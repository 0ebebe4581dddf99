/**
 * "Storage": how much the browser says Confnotes keeps (navigator.storage.estimate(), the whole extension) and, of
 * that, the snapshots' images (their Blobs' sizes, from the store), so the user sees what the pictures cost.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../src/ui/page-deps';

export interface StorageSource {
  estimate: () => Promise<{ usage?: number; quota?: number }>;
  images: () => Promise<{ count: number; bytes: number }>;
}

/** `1.4 MB`, `320 KB`, `12 bytes`. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

export function StorageUsage({ source }: { source: StorageSource }) {
  const [text, setText] = useState('Measuring…');
  useEffect(() => {
    let live = true;
    Promise.all([source.estimate(), source.images()]).then(
      ([estimate, images]) => {
        if (!live) return;
        const used = estimate.usage === undefined ? 'an unknown amount' : sizeText(estimate.usage);
        const quota = estimate.quota === undefined ? '' : ` of the ${sizeText(estimate.quota)} the browser allows`;
        const pictures =
          images.count === 0
            ? 'no snapshots'
            : `${images.count} snapshot${images.count === 1 ? '' : 's'}: ${sizeText(images.bytes)}`;
        setText(`Confnotes stores ${used}${quota}; of that, ${pictures}.`);
      },
      (error) => {
        if (live) setText(`The storage used could not be measured: ${errorText(error)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [source]);
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <p role="status">{text}</p>
    </section>
  );
}
