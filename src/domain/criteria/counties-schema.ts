import * as z from 'zod/mini';
import { nameKey } from '../name-key';

const codeSchema = z.string().check(z.regex(/^\d{2}$/, 'länskoden ska vara två siffror, t.ex. "06"'));
const nameSchema = z.string().check(z.trim(), z.minLength(1, 'får inte vara tom'));

const countySchemaV1 = z.strictObject({ code: codeSchema, name: nameSchema });

/**
 * Version 2: `aliases` are other names a county goes by, read as the county wherever a name is
 * read (the 2016 report writes "Sörmland" for 04 Södermanland). The list still shows `name`.
 */
const countySchemaV2 = z.strictObject({ code: codeSchema, name: nameSchema, aliases: z.optional(z.array(nameSchema)) });

type CountyV1 = z.infer<typeof countySchemaV1>;
export type County = z.infer<typeof countySchemaV2>;

const uniqueCodes = z.superRefine((file: { counties: CountyV1[] }, ctx) => {
  const seen = new Set<string>();
  file.counties.forEach((county, i) => {
    if (seen.has(county.code)) {
      ctx.addIssue({ code: 'custom', path: ['counties', i, 'code'], message: `dubblett: länskoden '${county.code}' finns redan` });
    }
    seen.add(county.code);
  });
});

/** A name, in any case, may stand for one county only, or a file naming it could not say which. */
const uniqueNames = z.superRefine((file: { counties: County[] }, ctx) => {
  const owner = new Map<string, string>();
  file.counties.forEach((county, i) => {
    namesOf(county).forEach((name, j) => {
      const code = owner.get(nameKey(name));
      if (code === undefined) return void owner.set(nameKey(name), county.code);
      const path = j === 0 ? ['counties', i, 'name'] : ['counties', i, 'aliases', j - 1];
      ctx.addIssue({ code: 'custom', path, message: `dubblett: namnet '${name}' står redan för län ${code}` });
    });
  });
});

const fileFields = { $schema: z.optional(z.string()), format: z.literal('lansinventering-counties') };
const atLeastOne = z.minLength(1, 'listan måste ha minst ett län');

export const countiesSchemaV1 = z
  .strictObject({ ...fileFields, version: z.literal(1), counties: z.array(countySchemaV1).check(atLeastOne) })
  .check(uniqueCodes);

export const countiesSchemaV2 = z
  .strictObject({ ...fileFields, version: z.literal(2), counties: z.array(countySchemaV2).check(atLeastOne) })
  .check(uniqueCodes, uniqueNames);

export type CountiesV1 = z.infer<typeof countiesSchemaV1>;

/** The names a county is known by: its own first, then its other names. */
export function namesOf(county: County): string[] {
  return [county.name, ...(county.aliases ?? [])];
}
