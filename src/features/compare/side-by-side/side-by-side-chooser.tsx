import { MAX_CHOSEN, MIN_CHOSEN } from '../../../domain/compare/side-by-side';
import type { County } from '../../../domain/criteria/counties-schema';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useTranslation } from '../../../i18n/use-translation';

type Props = {
  counties: readonly County[];
  /** The chosen codes. */
  chosen: readonly string[];
  onChange: (code: string, checked: boolean) => void;
};

/** One checkbox per county; once the most allowed are chosen, the others wait until one is cleared. */
export function SideBySideChooser({ counties, chosen, onChange }: Props) {
  const { t } = useTranslation(sideBySideMessages);
  const full = chosen.length >= MAX_CHOSEN;
  return (
    <fieldset className="side-by-side-chooser">
      <legend>{t('chooser.legend', { min: MIN_CHOSEN, max: MAX_CHOSEN })}</legend>
      <ul>
        {counties.map((county) => {
          const checked = chosen.includes(county.code);
          return (
            <li key={county.code}>
              <label>
                <input
                  type="checkbox"
                  name="valda"
                  value={county.code}
                  checked={checked}
                  disabled={full && !checked}
                  onChange={(event) => onChange(county.code, event.target.checked)}
                />{' '}
                {county.name}
              </label>
            </li>
          );
        })}
      </ul>
      <p role="status" className="side-by-side-chooser__count">
        {t('chooser.count', { count: chosen.length, max: MAX_CHOSEN })}
        {full && ` ${t('chooser.full', { max: MAX_CHOSEN })}`}
      </p>
    </fieldset>
  );
}
