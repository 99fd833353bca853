import * as z from 'zod/mini';

/** A text people read: never blank. */
export const text = z.string().check(z.trim(), z.minLength(1, 'får inte vara tom'));

/** An id that stands in files and addresses. */
export const id = z.string().check(z.regex(/^[\w.-]+$/, 'ett id får bara innehålla bokstäver, siffror, punkt, - och _'));

/** A text in Swedish, the original, and optionally in English. */
export const localizedTextSchema = z.strictObject({ sv: text, en: z.optional(text) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
