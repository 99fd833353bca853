import { sectionsWithoutArea } from '../../../domain/interview/guide-sections';
import { localize } from '../../../domain/localize';
import { interviewMessages } from '../../../i18n/messages/interview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useRoundHref } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { GuideDisclosure } from './guide-disclosure';

/**
 * Above the areas: the way to the printable interview sheet, and the guide's sections that belong
 * to no area (the opening and the summing up), folded away. Nothing when the criteria have no guide.
 */
export function CountyGuidePanel({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation(interviewMessages);
  const lang = useLanguage();
  const roundHref = useRoundHref();
  const instrument = useInstrument();
  if (instrument.questionIds.size === 0) return null;
  const sections = sectionsWithoutArea(instrument);
  return (
    <div className="county-guide">
      <p>
        <a href={roundHref(`#/lan/${countyCode}/intervju`)}>{t('county.sheetLink')}</a>
      </p>
      {sections.length > 0 && (
        <GuideDisclosure
          level={2}
          label={t('county.generalToggle', { titles: sections.map((section) => localize(section.title, lang)).join(', ') })}
          sections={sections}
          countyCode={countyCode}
        />
      )}
    </div>
  );
}
