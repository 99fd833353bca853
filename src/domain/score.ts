import * as z from 'zod/mini';

/** A statement's score: 0 obefintligt, 1 till viss del, 2 väl uppfyllt. */
export const scoreSchema = z.union([z.literal(0), z.literal(1), z.literal(2)], {
  error: 'poängen måste vara 0, 1 eller 2',
});
export type Score = z.infer<typeof scoreSchema>;
