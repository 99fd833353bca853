import { AGREED, type Change } from '../../domain/workspace/changes';
import type { TFunction } from '../../i18n/messages';
import type { teamMessages } from '../../i18n/messages/team';

export type ValueNames = {
  county: (code: string) => string;
  rater: (id: string) => string;
  question: (id: string) => string;
  option: (question: string, option: string) => string;
};

/** Which value a change is about, in words: "poängen för 1.1 i Jönköping (anna)". */
export function describeTarget(t: TFunction<typeof teamMessages>, change: Change, names: ValueNames): string {
  const hand = (rater: string) => (rater === AGREED ? t('value.agreed') : names.rater(rater));
  switch (change.field) {
    case 'score':
    case 'note':
      return t('value.hand', { what: t(`value.${change.field}`, { statement: change.statement, county: names.county(change.county) }), hand: hand(change.rater) });
    case 'done':
      return t('value.done', { county: names.county(change.county), hand: hand(change.rater) });
    case 'reason':
      return t('value.reason', { statement: change.statement, county: names.county(change.county) });
    case 'level':
    case 'comment':
      return t(`value.${change.field}`, { area: change.area, county: names.county(change.county) });
    case 'answer':
    case 'figure':
    case 'other':
      return t(`value.${change.field}`, { question: names.question(change.question), county: names.county(change.county) });
    case 'choice':
      return t('value.choice', { option: names.option(change.question, change.option), question: names.question(change.question), county: names.county(change.county) });
    case 'informant':
    case 'summary':
    case 'status':
      return t(`value.${change.field}`, { county: names.county(change.county) });
    case 'reported':
    case 'round':
      return t(`value.${change.field}`, { round: change.round });
    case 'rater':
      return t('value.rater', { rater: names.rater(change.rater) });
  }
}

/** What a change sets the value to, short enough for a table cell. */
export function describeSetting(t: TFunction<typeof teamMessages>, change: Change): string {
  const { value } = change;
  if (value === null || value === '') return t('value.empty');
  if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if ('level' in value) return `${value.level + 1}: ${value.reason}`;
  if ('organisation' in value) return value.organisation;
  return value.name;
}
