/**
 * A snapshot's thumbnail in the note list. A snapshot just taken shows the thumbnail its announcement brought
 * (src/ui/fresh-thumbs.ts). Otherwise the image's record is read only once its place scrolls into view (a session
 * of 200 snapshots opens as fast as one without), and its small thumbnail shown from the record's bytes: an object
 * URL of the full Blob loads slowly in Chromium, and would decode 1920×1080 pixels for a 320-pixel picture. An image
 * kept before thumbnails existed shows the full image until the background has made its thumbnail. The link opens
 * the full image (its Blob's bytes are read only then); object URLs are revoked when the thumbnail goes.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { ImageRef } from '../src/model/types';
import type { StoredThumb } from '../src/store/schema';
import { logged } from '../src/log';
import { takeFreshThumb } from '../src/ui/fresh-thumbs';
import './snapshot-thumb.css';

/** What the thumbnail reads of an image: the full Blob and, once made, its thumbnail's bytes. */
export type ReadImage = (id: string) => Promise<{ blob: Blob; thumb?: StoredThumb } | undefined>;

/** How the panel reads a snapshot's image (its read store); absent, thumbnails say only what they are. */
export const ReadImageContext = createContext<ReadImage | null>(null);

export function SnapshotThumb({ image }: { image: ImageRef }) {
  const readImage = useContext(ReadImageContext);
  const place = useRef<HTMLAnchorElement>(null);
  const [src, setSrc] = useState<string | null>(() => takeFreshThumb(image.id) ?? null);
  const [href, setHref] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const element = place.current;
    if (!readImage || !element) return undefined;
    let live = true;
    const made: string[] = [];
    const objectUrl = (blob: Blob) => {
      const url = URL.createObjectURL(blob);
      made.push(url);
      return url;
    };
    const load = () => {
      readImage(image.id).then((stored) => {
        if (!live) return;
        if (!stored) return setMissing(true);
        setHref(objectUrl(stored.blob));
        const { thumb } = stored;
        // A fresh thumbnail already shown stays; else the stored one, else the full image.
        setSrc((shown) => shown ?? objectUrl(thumb ? new Blob([thumb.bytes], { type: thumb.mime }) : stored.blob));
      }, logged('reading a snapshot'));
    };
    // Where there is no IntersectionObserver (tests' DOMs), the image is read at once.
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            observer?.disconnect();
            load();
          })
        : null;
    if (observer) observer.observe(element);
    else load();
    return () => {
      live = false;
      observer?.disconnect();
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [readImage, image.id]);

  const label = `Snapshot, ${image.width}×${image.height}`;
  if (missing) return <p class="snapshot-missing">The snapshot's image is no longer kept.</p>;
  return (
    <a
      ref={place}
      class="snapshot-thumb"
      href={href ?? undefined}
      target="_blank"
      rel="noopener"
      aria-label={`${label}: open the full image`}
    >
      {src ? <img src={src} alt={label} width={image.width} height={image.height} /> : <span>{label}</span>}
    </a>
  );
}
