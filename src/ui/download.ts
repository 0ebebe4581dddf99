/** Saves text as a file the browser downloads: a Blob behind a temporary `<a download>`, no downloads permission. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Saves a Blob (a backup made by the backup worker) as a file the browser downloads. */
export function downloadBlob(filename: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; give the browser a moment before freeing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `confnotes-backup-YYYY-MM-DD.json`, in the user's local date. */
export function backupFilename(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `confnotes-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
