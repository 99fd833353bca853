import * as z from 'zod/mini';

const countySchema = z.strictObject({
  code: z.string().check(z.regex(/^\d{2}$/, 'länskoden ska vara två siffror, t.ex. "06"')),
  name: z.string().check(z.trim(), z.minLength(1, 'får inte vara tom')),
});

export const countiesSchemaV1 = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal('lansinventering-counties'),
    version: z.literal(1),
    counties: z.array(countySchema).check(z.minLength(1, 'listan måste ha minst ett län')),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.counties.forEach((county, i) => {
        if (seen.has(county.code)) {
          ctx.addIssue({ code: 'custom', path: ['counties', i, 'code'], message: `dubblett: länskoden '${county.code}' finns redan` });
        }
        seen.add(county.code);
      });
    }),
  );

export type County = z.infer<typeof countySchema>;
