/**
 * A file name a person can read and any file system accepts: "Figur 3. Geografi och täckning"
 * becomes `figur-3-geografi-och-tackning-2026-11-22.png`. Letters lose their accents (å, ä, ö
 * become a, a, o) because some mail and archive systems still mangle them in attachment names.
 */
export function exportFileName(title: string, date: string, extension: string): string {
  return `${slug(title)}-${date}.${extension}`;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
