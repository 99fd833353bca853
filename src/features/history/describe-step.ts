import type { County } from '../../domain/criteria/counties-schema';
import type { TFunction } from '../../i18n/messages';
import type { dataMessages } from '../../i18n/messages/data';
import type { HistoryStep } from '../../store/workspace-store';

/** Names a step of the undo history: "poängen för 1.1 i Jönköping", "importen (12 ändringar)". */
export function describeStep(t: TFunction<typeof dataMessages>, step: HistoryStep, counties: readonly County[]): string {
  const { what } = step;
  switch (what.kind) {
    case 'score':
    case 'note': {
      const county = counties.find((c) => c.code === what.county)?.name ?? what.county;
      return t(what.kind === 'score' ? 'history.step.score' : 'history.step.note', { statement: what.statement, county });
    }
    case 'import':
      return t('history.step.import', { count: what.count });
    case 'delete':
      return t('history.step.delete', { count: what.count });
    case 'restore':
      return t('history.step.restore', { count: what.count });
  }
}
