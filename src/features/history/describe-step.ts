import type { County } from '../../domain/criteria/counties-schema';
import type { HistoryStep } from '../../store/workspace-store';

/** Names a step of the undo history: "poängen för 1.1 i Jönköping", "importen (12 ändringar)". */
export function describeStep(step: HistoryStep, counties: readonly County[]): string {
  const { what } = step;
  switch (what.kind) {
    case 'score':
    case 'note': {
      const county = counties.find((c) => c.code === what.county)?.name ?? what.county;
      return `${what.kind === 'score' ? 'poängen' : 'anteckningen'} för ${what.statement} i ${county}`;
    }
    case 'import':
      return `importen (${what.count} ändringar)`;
    case 'delete':
      return `raderingen (${what.count} ändringar)`;
    case 'restore':
      return `återställningen (${what.count} ändringar)`;
  }
}
