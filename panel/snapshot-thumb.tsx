/**
 * A snapshot's thumbnail in the note list: the image is read from the store only once its place scrolls into view
 * (a session of 200 snapshots opens as fast as one without), shown through an object URL that is revoked when the
 * thumbnail goes; a click opens the full image in a tab.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { ImageRef } from '../src/model/types';
import { logged } from '../src/log';
import './snapshot-thumb.css';

/** How the panel reads a snapshot's image (its read store); absent, thumbnails say only what they are. */
export const ReadImageContext = createContext<((id: string) => Promise<Blob | undefined>) | null>(null);

export function SnapshotThumb({ image }: { image: ImageRef }) {
  const readImage = useContext(ReadImageContext);
  const place = useRef<HTMLAnchorElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const element = place.current;
    if (!readImage || !element) return undefined;
    let live = true;
    let made: string | null = null;
    const load = () => {
      readImage(image.id).then((blob) => {
        if (!live) return;
        if (!blob) return setMissing(true);
        made = URL.createObjectURL(blob);
        setUrl(made);
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
      if (made) URL.revokeObjectURL(made);
    };
  }, [readImage, image.id]);

  const label = `Snapshot, ${image.width}×${image.height}`;
  if (missing) return <p class="snapshot-missing">The snapshot's image is no longer kept.</p>;
  return (
    <a
      ref={place}
      class="snapshot-thumb"
      href={url ?? undefined}
      target="_blank"
      rel="noopener"
      aria-label={`${label}: open the full image`}
    >
      {url ? <img src={url} alt={label} width={image.width} height={image.height} /> : <span>{label}</span>}
    </a>
  );
}
