import { useId, useState } from 'react';
import type { InstrumentArea } from '../../../domain/criteria/instrument';
import { localize } from '../../../domain/localize';
import { countyCheckMessages } from '../../../i18n/messages/county-check';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useRound } from '../../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../../providers/services';

/**
 * A comment per area, each folded away until it is opened: most counties need only a few. A folded
 * comment's field is not drawn at all, so the page holds six fewer fields while they are not used.
 */
export function AreaComments({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation(countyCheckMessages);
  const instrument = useInstrument();
  return (
    <div className="county-check__comments">
      <h3>{t('section.commentsHeading')}</h3>
      {instrument.areas.map((area) => (
        <AreaComment key={area.area.id} area={area} countyCode={countyCode} />
      ))}
    </div>
  );
}

function AreaComment({ area, countyCode }: { area: InstrumentArea; countyCode: string }) {
  const { t } = useTranslation(countyCheckMessages);
  const lang = useLanguage();
  const { round } = useRound();
  const store = useWorkspaceStore();
  const areaId = area.area.id;
  const comment = useWorkspace((state) => state.data[round.id]?.comments[countyCode]?.[areaId] ?? '');
  // Open at first when there is a comment; after that as the user leaves it, so that deleting the
  // text being typed does not fold the field away under the cursor.
  const [open, setOpen] = useState(comment !== '');
  const id = useId();
  return (
    <details className="county-check__comment" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('section.commentArea', { id: areaId, title: localize(area.area.title, lang) })}
        {comment !== '' && <span className="county-check__written"> {t('section.commentWritten')}</span>}
      </summary>
      {open && (
        <>
          <label htmlFor={id}>{t('section.comment', { id: areaId })}</label>
          <textarea
            id={id}
            rows={3}
            value={comment}
            onChange={(event) =>
              store.getState().applyStep({ kind: 'summary', round: round.id, county: countyCode, area: areaId }, [
                { field: 'comment', round: round.id, county: countyCode, area: areaId, value: event.target.value },
              ])
            }
          />
        </>
      )}
    </details>
  );
}
