import type { core } from 'zod/mini';
import { LEVEL_COUNT } from './level-count';

/* The shape as zod hands it to the refinement: already structurally valid. */
type ParsedConditions = { statements: string[]; atLeast: number }[];
type ParsedCriteria = {
  areas: {
    id: string;
    figure: number;
    groups: { statements: { id: string }[] }[];
    levels: { conditions: ParsedConditions }[];
  }[];
  /** Absent before version 3. */
  revision?: number;
  revisions?: { revision: number; levels: Record<string, ParsedConditions[]> }[];
};
type Report = (path: PropertyKey[], message: string) => void;

/**
 * Checks what a schema of shapes cannot: ids are unique, conditions read statements that exist,
 * the levels can be reached (only the weakest level, the fallback, is without conditions), and
 * every earlier revision of the rule is kept, once, for areas that exist.
 */
export function checkCriteriaReferences(criteria: ParsedCriteria, ctx: core.$RefinementCtx<ParsedCriteria>): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const known = new Set<string>();
  const areaIds = new Set<string>();
  const figures = new Set<number>();

  criteria.areas.forEach((area, a) => {
    if (areaIds.has(area.id)) report(['areas', a, 'id'], `dubblett: området '${area.id}' finns redan`);
    areaIds.add(area.id);
    if (figures.has(area.figure)) report(['areas', a, 'figure'], `dubblett: figur ${area.figure} finns redan`);
    figures.add(area.figure);
    area.groups.forEach((group, g) =>
      group.statements.forEach((statement, s) => {
        if (known.has(statement.id)) {
          report(['areas', a, 'groups', g, 'statements', s, 'id'], `dubblett: påståendet '${statement.id}' finns redan`);
        }
        known.add(statement.id);
      }),
    );
  });

  criteria.areas.forEach((area, a) =>
    checkLevels(
      area.levels.map((level) => level.conditions),
      (l) => ['areas', a, 'levels', l, 'conditions'],
      known,
      report,
    ),
  );
  if (criteria.revision !== undefined && criteria.revisions) checkRevisions(criteria.revision, criteria.revisions, areaIds, known, report);
}

function checkLevels(levels: ParsedConditions[], pathOf: (level: number) => PropertyKey[], known: ReadonlySet<string>, report: Report): void {
  const last = levels.length - 1;
  levels.forEach((conditions, l) => {
    const path = pathOf(l);
    if (l === last && conditions.length > 0) report(path, 'den svagaste nivån är reservnivån och får inte ha villkor');
    if (l < last && conditions.length === 0) report(path, 'en nivå utom den svagaste måste ha minst ett villkor');
    conditions.forEach((condition, c) => {
      const seen = new Set<string>();
      condition.statements.forEach((statementId, s) => {
        const at = [...path, c, 'statements', s];
        if (!known.has(statementId)) report(at, `okänt påstående '${statementId}'`);
        if (seen.has(statementId)) report(at, `påståendet '${statementId}' står två gånger i villkoret`);
        seen.add(statementId);
      });
      if (condition.atLeast > condition.statements.length) {
        report([...path, c, 'atLeast'], `atLeast ${condition.atLeast} är fler än villkorets ${condition.statements.length} påståenden`);
      }
    });
  });
}

function checkRevisions(
  current: number,
  revisions: NonNullable<ParsedCriteria['revisions']>,
  areaIds: ReadonlySet<string>,
  known: ReadonlySet<string>,
  report: Report,
): void {
  const seen = new Set<number>();
  revisions.forEach((entry, r) => {
    const at = ['revisions', r];
    if (entry.revision >= current) report([...at, 'revision'], `revision ${entry.revision} är inte tidigare än regelns revision ${current}`);
    else if (seen.has(entry.revision)) report([...at, 'revision'], `dubblett: revision ${entry.revision} finns redan`);
    seen.add(entry.revision);
    for (const [areaId, levels] of Object.entries(entry.levels)) {
      if (!areaIds.has(areaId)) report([...at, 'levels', areaId], `okänt område '${areaId}'`);
      // A wrong number of levels is reported by the schema; which one is the fallback is then unknown.
      if (levels.length === LEVEL_COUNT) checkLevels(levels, (l) => [...at, 'levels', areaId, l], known, report);
    }
  });
  const missing = Array.from({ length: Math.max(0, current - 1) }, (_, index) => index + 1).filter((revision) => !seen.has(revision));
  if (missing.length > 0) {
    report(['revisions'], `revision ${missing.join(', ')} saknas: varje tidigare revision ska finnas med, så att äldre omgångar kan bedömas`);
  }
}

type ParsedGuide = {
  areas: { id: string }[];
  guide?: {
    sections: {
      id: string;
      area?: string | undefined;
      questions: ({ id: string } & ({ kind: 'note' | 'figure' } | { kind: 'choices'; optionGroups: { options: { id: string }[] }[] }))[];
    }[];
  } | undefined;
};

/**
 * Checks the interview guide's references: section and question ids are unique in the guide,
 * option ids within their question, and a section tied to an area names one the criteria have.
 */
export function checkGuideReferences(criteria: ParsedGuide, ctx: core.$RefinementCtx<ParsedGuide>): void {
  if (!criteria.guide) return;
  const report = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const areaIds = new Set(criteria.areas.map((area) => area.id));
  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  criteria.guide.sections.forEach((section, s) => {
    const at = ['guide', 'sections', s];
    if (sectionIds.has(section.id)) report([...at, 'id'], `dubblett: avsnittet '${section.id}' finns redan`);
    sectionIds.add(section.id);
    if (section.area !== undefined && !areaIds.has(section.area)) report([...at, 'area'], `okänt område '${section.area}'`);
    section.questions.forEach((question, q) => {
      const qAt = [...at, 'questions', q];
      if (questionIds.has(question.id)) report([...qAt, 'id'], `dubblett: frågan '${question.id}' finns redan`);
      questionIds.add(question.id);
      if (question.kind !== 'choices') return;
      const optionIds = new Set<string>();
      question.optionGroups.forEach((group, g) =>
        group.options.forEach((option, o) => {
          if (optionIds.has(option.id)) {
            report([...qAt, 'optionGroups', g, 'options', o, 'id'], `dubblett: valet '${option.id}' finns redan i frågan`);
          }
          optionIds.add(option.id);
        }),
      );
    });
  });
}
