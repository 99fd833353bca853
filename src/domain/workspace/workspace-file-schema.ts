import * as z from 'zod/mini';
import { checkStatusSchema } from '../county-check/check-status';
import { informantSchema } from '../informants/informant';
import { raterSchema } from '../rounds/rater';
import { roundSchema } from '../rounds/round';
import { scoreSchema } from '../score';

export const WORKSPACE_FORMAT = 'lansinventering-scores';

/** What the loaded instrument knows; without it, any id is accepted (the shape alone is checked). */
export type KnownIds = {
  criteriaId: string;
  isCounty: (code: string) => boolean;
  isStatement: (id: string) => boolean;
  /** How many levels an area has (0 for an unknown area). */
  levelCount: (area: string) => number;
  isQuestion: (id: string) => boolean;
  /** The ids of a question's options (none for a question without options, or an unknown one). */
  optionsOf: (question: string) => ReadonlySet<string>;
};

/** An id the instrument knows, or (without the instrument) any non-empty text. */
function idSchemas(known?: KnownIds) {
  const text = z.string().check(z.minLength(1));
  return {
    text,
    statementId: known ? z.string().check(z.refine(known.isStatement, 'okänt påstående')) : text,
    county: known ? z.string().check(z.refine(known.isCounty, { error: (issue) => `okänt län '${String(issue.input)}'` })) : text,
    criteria: known
      ? z.string().check(
          z.refine((id) => id === known.criteriaId, {
            error: (issue) => `filen gäller kriterierna '${String(issue.input)}', men appen använder '${known.criteriaId}'`,
          }),
        )
      : text,
  };
}

/**
 * Version 1: one round's scores from one anonymous hand. Given the instrument, the same schema
 * also checks the ids, so that one pass reports every problem of an old file too.
 */
export function makeWorkspaceFileSchemaV1(known?: KnownIds) {
  const { statementId, county, criteria } = idSchemas(known);
  return z.strictObject({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(1),
    criteria,
    exportedAt: z.iso.datetime({ offset: true, error: 'ska vara en tidpunkt i ISO 8601-format' }),
    assessments: z.array(z.strictObject({ county, scores: z.record(statementId, scoreSchema), notes: z.record(statementId, z.string()) })),
  });
}
export type WorkspaceFileV1 = z.infer<ReturnType<typeof makeWorkspaceFileSchemaV1>>;

/** Reports each value that occurs twice in a list, at its second place. */
function unique<T>(key: (item: T) => string, describe: (item: T) => string, field: string) {
  return z.superRefine((items: T[], ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index, field], message: `${describe(item)} förekommer två gånger` });
      seen.add(k);
    });
  });
}

/** The parts of the file that versions 2 and 3 share: rounds, raters, scores and the group's levels. */
function scoresParts(known?: KnownIds) {
  const { text, statementId, county, criteria } = idSchemas(known);
  const round = z.strictObject({ ...roundSchema.shape, criteria });

  const assessment = z.strictObject({
    round: text,
    county,
    /** Absent for the group's agreed scores. */
    rater: z.optional(raterSchema.shape.id),
    /** A rater's: whether the rater has marked the county done. */
    done: z.optional(z.boolean()),
    scores: z.record(statementId, scoreSchema),
    notes: z.record(statementId, z.string()),
    /** The agreed scores': why an agreed score differs from a rater's. */
    reasons: z.optional(z.record(statementId, z.string())),
  });

  const groupLevel = z
    .strictObject({
      round: text,
      county,
      area: text,
      level: z.int().check(z.minimum(1, 'nivån ska vara 1 eller högre')),
      reason: z.string().check(z.refine((reason) => reason.trim() !== '', 'gruppens nivå måste ha en motivering')),
    })
    .check(
      z.superRefine((entry, ctx) => {
        if (!known) return;
        const count = known.levelCount(entry.area);
        if (count === 0) ctx.addIssue({ code: 'custom', path: ['area'], message: `okänt område '${entry.area}'` });
        else if (entry.level > count) ctx.addIssue({ code: 'custom', path: ['level'], message: `området har nivåerna 1–${count}` });
      }),
    );

  const shape = {
    format: z.literal(WORKSPACE_FORMAT),
    criteria,
    exportedAt: z.iso.datetime({ offset: true, error: 'ska vara en tidpunkt i ISO 8601-format' }),
    rounds: z.array(round).check(unique((r) => r.id, (r) => `omgången '${r.id}'`, 'id')),
    raters: z.array(raterSchema).check(unique((r) => r.id, (r) => `bedömaren '${r.id}'`, 'id')),
    assessments: z.array(assessment).check(
      unique(
        (a) => `${a.round}/${a.rater ?? ''}/${a.county}`,
        (a) => `länet '${a.county}' i omgången '${a.round}'${a.rater === undefined ? '' : ` för bedömaren '${a.rater}'`}`,
        'county',
      ),
    ),
    groupLevels: z.array(groupLevel).check(
      unique((g) => `${g.round}/${g.county}/${g.area}`, (g) => `område ${g.area} för länet '${g.county}' i omgången '${g.round}'`, 'area'),
    ),
  };
  return { shape, checkReferences: z.superRefine(checkReferences) };
}

type ScoresPart = {
  rounds: { id: string }[];
  raters: { id: string }[];
  assessments: { round: string; rater?: string | undefined; done?: boolean | undefined; reasons?: unknown }[];
  groupLevels: { round: string }[];
};

/** Every round and rater an entry names must be declared; only a rater's scores are done, only the agreed scores have reasons. */
function checkReferences(file: ScoresPart, ctx: z.core.$RefinementCtx<ScoresPart>) {
  const rounds = new Set(file.rounds.map((r) => r.id));
  const raters = new Set(file.raters.map((r) => r.id));
  file.assessments.forEach((a, index) => {
    if (!rounds.has(a.round)) ctx.addIssue({ code: 'custom', path: ['assessments', index, 'round'], message: `omgången '${a.round}' finns inte i "rounds"` });
    if (a.rater !== undefined && !raters.has(a.rater)) {
      ctx.addIssue({ code: 'custom', path: ['assessments', index, 'rater'], message: `bedömaren '${a.rater}' finns inte i "raters"` });
    }
    if (a.rater === undefined && a.done !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['assessments', index, 'done'], message: 'bara en bedömares poäng kan vara klara' });
    }
    if (a.rater !== undefined && a.reasons !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['assessments', index, 'reasons'], message: 'bara de gemensamma poängen har motiveringar' });
    }
  });
  file.groupLevels.forEach((g, index) => {
    if (!rounds.has(g.round)) ctx.addIssue({ code: 'custom', path: ['groupLevels', index, 'round'], message: `omgången '${g.round}' finns inte i "rounds"` });
  });
}

/**
 * Version 2: rounds and raters. Each assessment is one hand's scores of one county in one round:
 * a rater's own (with whether the rater is done with the county) or, without `rater`, the group's
 * agreed scores (with the reasons where they differ from a rater's). The group's levels are
 * numbered as people read them, 1 for the weakest.
 */
export function makeWorkspaceFileSchemaV2(known?: KnownIds) {
  const { shape, checkReferences } = scoresParts(known);
  return z.strictObject({ ...shape, version: z.literal(2) }).check(checkReferences);
}

export type WorkspaceFileV2 = z.infer<ReturnType<typeof makeWorkspaceFileSchemaV2>>;

/**
 * Version 3 adds what the interviews produce, per round and county: answers to the interview
 * guide, the organisations interviewed (in the order listed), the county's summary with a comment
 * per area and the history of its check with the county, and the totals a source states for the
 * round's informants. `notes` says what the file is, for whoever imports it.
 */
export function makeWorkspaceFileSchemaV3(known?: KnownIds) {
  const { shape, checkReferences } = scoresParts(known);
  const { text, county } = idSchemas(known);
  const area = known ? text.check(z.refine((id) => known.levelCount(id) > 0, { error: (issue) => `okänt område '${String(issue.input)}'` })) : text;
  const question = known ? text.check(z.refine(known.isQuestion, { error: (issue) => `okänd fråga '${String(issue.input)}'` })) : text;

  const answer = z
    .strictObject({
      round: text,
      county,
      question,
      note: z.optional(z.string()),
      figure: z.optional(z.number().check(z.refine(Number.isFinite, 'ska vara ett tal'))),
      choices: z.optional(z.array(text)),
      other: z.optional(z.string()),
    })
    .check(
      // A choice the question does not offer would be kept but shown nowhere: it is refused instead.
      z.superRefine((entry, ctx) => {
        if (!known || !known.isQuestion(entry.question)) return;
        const options = known.optionsOf(entry.question);
        (entry.choices ?? []).forEach((option, index) => {
          if (!options.has(option)) ctx.addIssue({ code: 'custom', path: ['choices', index], message: `frågan '${entry.question}' har inget val '${option}'` });
        });
      }),
    );
  const informant = z.strictObject({ round: text, county, id: text, ...omitPosition(informantSchema.shape) });
  const summary = z.strictObject({
    round: text,
    county,
    summary: z.optional(z.string()),
    comments: z.optional(z.record(area, z.string())),
    statuses: z.optional(z.array(z.strictObject({ at: z.iso.datetime({ offset: true, error: 'ska vara en tidpunkt i ISO 8601-format' }), status: checkStatusSchema }))),
  });
  const reported = z.strictObject({ round: text, visit: z.optional(informantSchema.shape.visit), phone: z.optional(informantSchema.shape.phone) });

  return z
    .strictObject({
      ...shape,
      version: z.literal(3),
      notes: z.optional(z.string()),
      answers: z.optional(z.array(answer).check(unique((a) => `${a.round}/${a.county}/${a.question}`, (a) => `frågan '${a.question}' för länet '${a.county}' i omgången '${a.round}'`, 'question'))),
      informants: z.optional(z.array(informant).check(unique((i) => `${i.round}/${i.county}/${i.id}`, (i) => `informanten '${i.id}' för länet '${i.county}' i omgången '${i.round}'`, 'id'))),
      reported: z.optional(z.array(reported).check(unique((r) => r.round, (r) => `omgången '${r.round}'`, 'round'))),
      summaries: z.optional(z.array(summary).check(unique((s) => `${s.round}/${s.county}`, (s) => `länet '${s.county}' i omgången '${s.round}'`, 'county'))),
    })
    .check(
      checkReferences,
      z.superRefine((file, ctx) => {
        const rounds = new Set(file.rounds.map((r) => r.id));
        for (const part of ['answers', 'informants', 'reported', 'summaries'] as const) {
          (file[part] ?? []).forEach((entry, index) => {
            if (!rounds.has(entry.round)) ctx.addIssue({ code: 'custom', path: [part, index, 'round'], message: `omgången '${entry.round}' finns inte i "rounds"` });
          });
        }
      }),
    );
}

function omitPosition<S extends { position: unknown }>(shape: S): Omit<S, 'position'> {
  const { position: _position, ...rest } = shape;
  return rest;
}

export const workspaceFileSchemaV3 = makeWorkspaceFileSchemaV3();
export type WorkspaceFileV3 = z.infer<typeof workspaceFileSchemaV3>;
