import type { GuideSection } from '../../../domain/criteria/guide-schema';
import { localize } from '../../../domain/localize';
import { interviewMessages } from '../../../i18n/messages/interview';
import { useLanguage, useTranslation } from '../../../i18n/use-translation';
import { useRound } from '../../../providers/round-in-use';
import { useInstrument } from '../../../providers/services';
import { GuideQuestionFields } from './guide-question-fields';
import './guide-fields.css';

type Props = { sections: readonly GuideSection[]; countyCode: string; level: 3 | 4 };

/** The opened guide: each section under its title, with its introduction and its questions. */
export default function GuideSectionsFields({ sections, countyCode, level }: Props) {
  const { t } = useTranslation(interviewMessages);
  const lang = useLanguage();
  const { round } = useRound();
  const county = useInstrument().counties.find((candidate) => candidate.code === countyCode);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <p className="guide-saved">{t('county.saved', { county: county?.name ?? countyCode, round: round.name })}</p>
      {sections.map((section) => (
        <div key={section.id} className="guide-section">
          <Heading className="guide-section__title">{localize(section.title, lang)}</Heading>
          {section.intro && <p className="guide-section__intro">{localize(section.intro, lang)}</p>}
          {section.questions.map((question) => (
            <GuideQuestionFields key={question.id} question={question} countyCode={countyCode} />
          ))}
        </div>
      ))}
    </>
  );
}
