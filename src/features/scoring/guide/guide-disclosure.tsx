import { lazy, Suspense, useId, useState } from 'react';
import type { GuideSection } from '../../../domain/criteria/guide-schema';
import { commonMessages } from '../../../i18n/messages/common';
import { useTranslation } from '../../../i18n/use-translation';
import './guide.css';

// The questions' fields are loaded when a section is first opened: the county page itself opens
// with the statements alone, and most visits to it never open the guide.
const GuideSectionsFields = lazy(() => import('./guide-sections-fields'));

type Props = {
  /** The level of the heading that holds the toggle; the guide's sections go one level below. */
  level: 2 | 3;
  label: string;
  sections: readonly GuideSection[];
  countyCode: string;
};

/**
 * Interview questions folded away under a heading whose button opens them (a disclosure), closed
 * until opened. Folded, the questions are not drawn at all, so the page stays as light as before.
 */
export function GuideDisclosure({ level, label, sections, countyCode }: Props) {
  const { t } = useTranslation(commonMessages);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="guide-disclosure">
      <Heading className="guide-disclosure__heading">
        <button type="button" className="guide-disclosure__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {label}
        </button>
      </Heading>
      <div id={panelId} className="guide-disclosure__panel" hidden={!open}>
        {open && (
          <Suspense fallback={<p>{t('loading')}</p>}>
            <GuideSectionsFields sections={sections} countyCode={countyCode} level={level === 2 ? 3 : 4} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
