import * as z from 'zod/mini';
import { scoreSchema } from '../score';

export const WORKSPACE_FORMAT = 'lansinventering-scores';

/** What the loaded instrument knows; without it, any id is accepted (the shape alone is checked). */
export type KnownIds = {
  criteriaId: string;
  isCounty: (code: string) => boolean;
  isStatement: (id: string) => boolean;
};

/**
 * The workspace as a file: what is exported, imported, and kept in the browser's storage.
 * Given the instrument, the same schema also checks ids, so that one pass reports every problem.
 */
export function makeWorkspaceFileSchemaV1(known?: KnownIds) {
  const statementId = known
    ? z.string().check(z.refine(known.isStatement, 'okänt påstående'))
    : z.string().check(z.minLength(1));
  const county = known
    ? z.string().check(z.refine(known.isCounty, { error: (issue) => `okänt län '${String(issue.input)}'` }))
    : z.string().check(z.minLength(1));
  const criteria = known
    ? z.string().check(
        z.refine((id) => id === known.criteriaId, {
          error: (issue) => `filen gäller kriterierna '${String(issue.input)}', men appen använder '${known.criteriaId}'`,
        }),
      )
    : z.string().check(z.minLength(1));

  const assessment = z.strictObject({
    county,
    /** An unscored statement is absent. */
    scores: z.record(statementId, scoreSchema),
    // No length limit: a note the app accepted must always read back (imports are capped by size).
    notes: z.record(statementId, z.string()),
  });

  return z.strictObject({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(1),
    /** The id of the criteria the scores were given against. */
    criteria,
    exportedAt: z.iso.datetime({ offset: true, error: 'ska vara en tidpunkt i ISO 8601-format' }),
    assessments: z.array(assessment).check(
      z.superRefine((assessments, ctx) => {
        const seen = new Set<string>();
        assessments.forEach((record, index) => {
          if (seen.has(record.county)) {
            ctx.addIssue({ code: 'custom', path: [index, 'county'], message: `länet '${record.county}' förekommer två gånger` });
          }
          seen.add(record.county);
        });
      }),
    ),
  });
}

export const workspaceFileSchemaV1 = makeWorkspaceFileSchemaV1();
export type WorkspaceFileV1 = z.infer<typeof workspaceFileSchemaV1>;
