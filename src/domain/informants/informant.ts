import * as z from 'zod/mini';

/** The tiers of the report's list of informants (Bilaga 3), in its order. */
export const TIERS = ['lansgemensam', 'landsting', 'region', 'kommun', 'delregional', 'annan'] as const;
export type Tier = (typeof TIERS)[number];

const count = z.int().check(z.minimum(0, 'antalet kan inte vara negativt'), z.maximum(999, 'antalet är orimligt stort'));

/**
 * One organisation interviewed in a county: its name or the unit or role met, its tier, how many
 * people were met on a visit and by phone, and when. Organisations and roles only: there is no
 * field for a person's name, since the inventory needs none and names are personal data.
 */
export const informantSchema = z.strictObject({
  organisation: z.string().check(z.trim(), z.minLength(1, 'organisationen måste ha ett namn'), z.maxLength(200, 'namnet är längre än 200 tecken')),
  tier: z.enum(TIERS, { error: `nivån ska vara en av ${TIERS.join(', ')}` }),
  visit: count,
  phone: count,
  /** The day of the interview, YYYY-MM-DD. */
  date: z.optional(z.iso.date({ error: 'datumet ska skrivas ÅÅÅÅ-MM-DD' })),
  /** A remark on the organisation, such as whom it spoke for (never a person's name). */
  note: z.optional(z.string()),
  /** The organisation's place in the county's list, so the list keeps the order it was entered in. */
  position: z.int().check(z.minimum(0)),
});

export type Informant = z.infer<typeof informantSchema>;

/** The two kinds of meeting that Bilaga 3 counts. */
export type MeetingKind = 'visit' | 'phone';
