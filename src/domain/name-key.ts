/**
 * A name as people mean it when they type it: in any case, and NFC because macOS may hand over "ö"
 * as "o" plus a combining diaeresis. Used to match the names of counties and raters.
 */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('sv');
