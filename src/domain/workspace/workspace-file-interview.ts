import { statusHistory } from '../county-check/check-status';
import type { Instrument } from '../criteria/instrument';
import type { Round } from '../rounds/round';
import type { Change } from './changes';
import type { Workspace } from './workspace';
import type { WorkspaceFileV3 } from './workspace-file-schema';

type InterviewParts = Pick<WorkspaceFileV3, 'answers' | 'informants' | 'reported' | 'summaries'>;
type Listed<K extends keyof InterviewParts> = NonNullable<InterviewParts[K]>;

/**
 * The interview kit's part of a workspace file: per round, counties in county-list order,
 * questions in the guide's order, informants in their list's order, statuses oldest first.
 */
export function interviewToFile(workspace: Workspace, rounds: readonly Round[], instrument: Instrument): { [K in keyof InterviewParts]: Listed<K> } {
  const countyOrder = new Map(instrument.counties.map((county, index) => [county.code, index]));
  const byCounty = (a: string, b: string) => (countyOrder.get(a) ?? 0) - (countyOrder.get(b) ?? 0);
  const questionOrder = new Map([...instrument.questionIds].map((id, index) => [id, index]));
  const areaIds = instrument.areas.map((area) => area.area.id);
  const parts = {
    answers: [] as Listed<'answers'>,
    informants: [] as Listed<'informants'>,
    reported: [] as Listed<'reported'>,
    summaries: [] as Listed<'summaries'>,
  };
  for (const round of rounds) {
    const record = workspace.data[round.id];
    if (!record) continue;
    for (const county of Object.keys(record.answers).sort(byCounty)) {
      const byQuestion = record.answers[county] ?? {};
      const questions = Object.keys(byQuestion).sort((a, b) => (questionOrder.get(a) ?? 0) - (questionOrder.get(b) ?? 0));
      for (const question of questions) {
        const { choices, ...answer } = byQuestion[question] ?? {};
        parts.answers.push({ round: round.id, county, question, ...answer, ...(choices ? { choices: Object.keys(choices) } : {}) });
      }
    }
    for (const county of Object.keys(record.informants).sort(byCounty)) {
      const rows = Object.entries(record.informants[county] ?? {}).sort(([idA, a], [idB, b]) => a.position - b.position || (idA < idB ? -1 : 1));
      for (const [id, { position: _position, ...informant }] of rows) parts.informants.push({ round: round.id, county, id, ...informant });
    }
    if (Object.keys(record.reported).length > 0) parts.reported.push({ round: round.id, ...record.reported });
    const counties = Object.keys({ ...record.summaries, ...record.comments, ...record.statuses }).sort(byCounty);
    for (const county of counties) {
      const summary = record.summaries[county];
      const byArea = record.comments[county] ?? {};
      const comments = Object.fromEntries(areaIds.filter((area) => byArea[area] !== undefined).map((area) => [area, byArea[area] as string]));
      const statuses = statusHistory(record.statuses[county]);
      parts.summaries.push({
        round: round.id,
        county,
        ...(summary === undefined ? {} : { summary }),
        ...(Object.keys(comments).length === 0 ? {} : { comments }),
        ...(statuses.length === 0 ? {} : { statuses }),
      });
    }
  }
  return parts;
}

/** The changes that set what a file's interview parts hold; blank texts are dropped as they are read. */
export function interviewFromFile(file: InterviewParts): Change[] {
  const changes: Change[] = [];
  for (const { round, county, question, note, figure, choices, other } of file.answers ?? []) {
    if (note !== undefined) changes.push({ field: 'answer', round, county, question, value: note });
    if (figure !== undefined) changes.push({ field: 'figure', round, county, question, value: figure });
    for (const option of choices ?? []) changes.push({ field: 'choice', round, county, question, option, value: true });
    if (other !== undefined) changes.push({ field: 'other', round, county, question, value: other });
  }
  const positions = new Map<string, number>();
  for (const { round, county, id, ...informant } of file.informants ?? []) {
    const list = `${round}/${county}`;
    const position = positions.get(list) ?? 0;
    positions.set(list, position + 1);
    changes.push({ field: 'informant', round, county, informant: id, value: { ...informant, position } });
  }
  for (const { round, visit, phone } of file.reported ?? []) {
    if (visit !== undefined) changes.push({ field: 'reported', round, kind: 'visit', value: visit });
    if (phone !== undefined) changes.push({ field: 'reported', round, kind: 'phone', value: phone });
  }
  for (const { round, county, summary, comments, statuses } of file.summaries ?? []) {
    if (summary !== undefined) changes.push({ field: 'summary', round, county, value: summary });
    for (const [area, value] of Object.entries(comments ?? {})) changes.push({ field: 'comment', round, county, area, value });
    for (const { at, status } of statuses ?? []) changes.push({ field: 'status', round, county, at, value: status });
  }
  return changes;
}
