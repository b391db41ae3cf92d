/** The file name of an export: brug-export-<pseudonym-ish>-<yyyy-mm-dd>.json (no spaces or odd characters). */
export function exportFileName(pseudonym: string, at: Date = new Date()): string {
  const slug =
    pseudonym
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'client';
  return `brug-export-${slug}-${at.toISOString().slice(0, 10)}.json`;
}

/** Saves a JSON document as a file, built in the browser (nothing leaves the page). */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
