import type { DifferenceCount } from '../../../domain/compare/side-by-side-rows';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useTranslation } from '../../../i18n/use-translation';

type Props = {
  only: boolean;
  counts: { areas: DifferenceCount; statements: DifferenceCount };
  onChange: (only: boolean) => void;
};

/** "Visa bara skillnader": one choice for both tables, and a line that says (and announces) how many rows they show. */
export function SideBySideFilter({ only, counts, onChange }: Props) {
  const { t } = useTranslation(sideBySideMessages);
  const { areas, statements } = counts;
  return (
    <div className="side-by-side-filter">
      <label>
        <input
          type="checkbox"
          name="skillnader"
          checked={only}
          aria-describedby="sida-vid-sida-filter-hint"
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {t('filter.label')}
      </label>
      <p id="sida-vid-sida-filter-hint" className="side-by-side-filter__hint">
        {t('filter.hint')}
      </p>
      <p role="status" className="side-by-side-filter__status">
        {only
          ? t('filter.only', {
              areas: areas.differing,
              areasTotal: areas.total,
              statements: statements.differing,
              statementsTotal: statements.total,
            })
          : t('filter.all', { areas: areas.total, statements: statements.total })}
      </p>
    </div>
  );
}
