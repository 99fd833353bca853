import type { County } from '../../domain/criteria/counties-schema';
import type { TFunction } from '../../i18n/messages';
import type { savingMessages } from '../../i18n/messages/saving';
import type { HistoryStep } from '../../store/workspace-store';

/** Names a step of the undo history: "poängen för 1.1 i Jönköping", "importen (12 ändringar)". */
export function describeStep(
  t: TFunction<typeof savingMessages>,
  step: HistoryStep,
  counties: readonly County[],
  raters: Readonly<Record<string, { name: string }>> = {},
): string {
  const { what } = step;
  const countyName = (code: string) => counties.find((c) => c.code === code)?.name ?? code;
  switch (what.kind) {
    case 'score':
    case 'note':
      // A rater's own score is named as the rater's, so that it is not taken for the agreed one.
      if (what.rater !== '') {
        const rater = raters[what.rater]?.name ?? what.rater;
        return t(what.kind === 'score' ? 'history.step.raterScore' : 'history.step.raterNote', { statement: what.statement, county: countyName(what.county), rater });
      }
      return t(`history.step.${what.kind}`, { statement: what.statement, county: countyName(what.county) });
    case 'reason':
      return t('history.step.reason', { statement: what.statement, county: countyName(what.county) });
    case 'level':
      return t('history.step.level', { area: what.area, county: countyName(what.county) });
    case 'done':
      return t('history.step.done', { county: countyName(what.county) });
    case 'round-saved':
      return t('history.step.roundSaved', { name: what.name });
    case 'round-deleted':
      return t('history.step.roundDeleted', { name: what.name });
    case 'rater-saved':
      return t('history.step.raterSaved', { name: what.name });
    case 'rater-deleted':
      return t('history.step.raterDeleted', { name: what.name });
    case 'agree':
      return t('history.step.agree', { count: what.count });
    case 'import':
      return t('history.step.import', { count: what.count });
    case 'delete':
      return t('history.step.delete', { count: what.count });
    case 'restore':
      return t('history.step.restore', { count: what.count });
    case 'answer':
    case 'choice':
      return t('history.step.answer', { question: what.question, county: countyName(what.county) });
    case 'informant-saved':
      return t('history.step.informantSaved', { name: what.name, county: countyName(what.county) });
    case 'informant-deleted':
      return t('history.step.informantDeleted', { name: what.name, county: countyName(what.county) });
    case 'reported':
      return t('history.step.reported', { round: what.round });
    case 'summary':
      return what.area === undefined
        ? t('history.step.summary', { county: countyName(what.county) })
        : t('history.step.comment', { area: what.area, county: countyName(what.county) });
    case 'status':
      return t('history.step.status', { county: countyName(what.county) });
    case 'carried':
      return t('history.step.carried', { count: what.count, area: what.area, county: countyName(what.county) });
    case 'conflict':
      return t('history.step.conflict', { count: what.count });
  }
}
