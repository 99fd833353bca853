import * as z from 'zod/mini';

/**
 * A rater (bedömare): a person of the team, named by a name or initials. No login: the team names
 * its raters, and a browser remembers which of them is scoring there ("Jag är: …").
 */
export const raterSchema = z.strictObject({
  /** Short and URL-safe, made from the name; it stays when the name is changed. */
  id: z.string().check(z.regex(/^[a-z0-9-]{1,32}$/, 'ska vara 1–32 tecken: a–z, siffror eller bindestreck')),
  name: z
    .string()
    .check(z.refine((name) => name.trim() !== '', 'en bedömare måste ha ett namn eller initialer'), z.maxLength(40, 'namnet är längre än 40 tecken')),
});

export type Rater = z.infer<typeof raterSchema>;

/**
 * An id for a new rater from the name: lower case, Swedish letters spelt without their marks,
 * anything else a hyphen; numbered on when the team already has it ("anna", "anna-2").
 */
export function raterIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .trim()
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 28) || 'bedomare';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
