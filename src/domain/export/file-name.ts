/** The most of a title a file name keeps: enough to tell the files apart, short enough to read. */
const MAX_TITLE_IN_FILE_NAME = 60;

/**
 * A file name a person can read and any file system accepts: "Figur 3. Geografi och täckning"
 * becomes `figur-3-geografi-och-tackning-2026-11-22.png`. Letters lose their accents (å, ä, ö
 * become a, a, o) because some mail and archive systems still mangle them in attachment names.
 * A long title is cut after a whole word: Figur 2's title runs to some 170 characters.
 */
export function exportFileName(title: string, date: string, extension: string): string {
  return `${shorten(slug(title), MAX_TITLE_IN_FILE_NAME)}-${date}.${extension}`;
}

/** The slug cut at its last hyphen within `max` characters; a first word longer than that is cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('-', max);
  return cut > 0 ? text.slice(0, cut) : text.slice(0, max);
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
