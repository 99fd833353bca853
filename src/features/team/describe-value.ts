import type { Change } from '../../domain/workspace/changes';
import { AGREED } from '../../domain/workspace/changes';
import type { TFunction } from '../../i18n/messages';
import type { teamMessages } from '../../i18n/messages/team';

type Names = { county: (code: string) => string; rater: (id: string) => string };

/** Which value a change is about, in words: "poängen för 1.1 i Stockholms län (anna)". */
export function describeTarget(t: TFunction<typeof teamMessages>, change: Change, names: Names): string {
  switch (change.field) {
    case 'score':
    case 'note': {
      const what = t(`value.${change.field}`, { statement: change.statement, county: names.county(change.county) });
      return t('value.hand', { what, hand: change.rater === AGREED ? t('value.agreed') : names.rater(change.rater) });
    }
    case 'round':
      return t('value.round', { round: change.round });
    case 'rater':
      return t('value.rater', { rater: names.rater(change.rater) });
    case 'reported':
      return t('value.other', { field: change.field, county: change.round });
    default: {
      const detail = 'statement' in change ? change.statement : 'question' in change ? change.question : 'area' in change ? change.area : '';
      return t('value.other', { field: [change.field, detail].filter(Boolean).join(' '), county: names.county(change.county) });
    }
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
  if ('name' in value) return value.name;
  return JSON.stringify(value);
}
