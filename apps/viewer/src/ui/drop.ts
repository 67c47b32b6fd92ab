/**
 * Drag and drop: files dropped anywhere on the page are opened like picked files. A dropped
 * folder is read through the File System entries API (one level deep, which is where a
 * roster's files are).
 */

async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return [await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile)
      .map((e) => new Promise<File>((res, rej) => (e as FileSystemFileEntry).file(res, rej))),
  );
  return files;
}

export function setupDrop(overlay: HTMLElement, onFiles: (files: File[]) => void): void {
  let depth = 0;
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', async (e) => {
    if (!e.dataTransfer) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const entries = [...e.dataTransfer.items]
      .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
      .filter((x): x is FileSystemEntry => x !== null);
    const files =
      entries.length > 0 ? (await Promise.all(entries.map(filesOfEntry))).flat() : [...e.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  });
}
