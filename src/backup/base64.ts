/**
 * Bytes to base64 and back (RFC 4648, with padding), for a backup's images. Through btoa/atob, which every context
 * we run in has (pages, workers, the background, Node), a slice at a time: one call over a 300 KB image's binary
 * string would spread the whole array into arguments.
 */
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += SLICE) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + SLICE)));
  }
  return btoa(parts.join(''));
}

/** Throws on text that is not base64 (the backup schema's pattern lets through only its alphabet). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
