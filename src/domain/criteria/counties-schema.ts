import { z } from 'zod';

export const countySchema = z.strictObject({
  code: z.string().regex(/^\d{2}$/, 'länskoden ska vara två siffror, t.ex. "06"'),
  name: z.string().trim().min(1, 'får inte vara tom'),
});

export const countiesSchemaV1 = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal('lansinventering-counties'),
    version: z.literal(1),
    counties: z.array(countySchema).min(1, 'listan måste ha minst ett län'),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.counties.forEach((county, i) => {
      if (seen.has(county.code)) {
        ctx.addIssue({ code: 'custom', path: ['counties', i, 'code'], message: `dubblett: länskoden '${county.code}' finns redan` });
      }
      seen.add(county.code);
    });
  });

export type CountiesFile = z.infer<typeof countiesSchemaV1>;
export type County = z.infer<typeof countySchema>;
