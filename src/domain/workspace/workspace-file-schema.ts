import { z } from 'zod';
import { scoreSchema } from '../score';

export const WORKSPACE_FORMAT = 'lansinventering-scores';

export const assessmentRecordSchema = z.strictObject({
  county: z.string().min(1),
  /** An unscored statement is absent. */
  scores: z.record(z.string(), scoreSchema),
  // No length limit: a note the app accepted must always read back (imports are capped by file size).
  notes: z.record(z.string(), z.string()),
});

/** The workspace as a file: what is exported, imported, and kept in the browser's storage. */
export const workspaceFileSchemaV1 = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(1),
  /** The id of the criteria the scores were given against. */
  criteria: z.string().min(1),
  exportedAt: z.iso.datetime({ offset: true, error: 'ska vara en tidpunkt i ISO 8601-format' }),
  assessments: z.array(assessmentRecordSchema),
});

export type WorkspaceFileV1 = z.infer<typeof workspaceFileSchemaV1>;
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
