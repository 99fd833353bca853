import { interviewMessages } from '../../../i18n/messages/interview';
import { useTranslation } from '../../../i18n/use-translation';
import { useInstrument } from '../../../providers/services';
import { GuideDisclosure } from './guide-disclosure';

/** Under an area's statements: the interview guide's questions for the area, folded away. */
export function AreaGuideQuestions({ areaId, countyCode }: { areaId: string; countyCode: string }) {
  const { t } = useTranslation(interviewMessages);
  const sections = useInstrument().sectionsByArea.get(areaId);
  if (!sections) return null;
  return <GuideDisclosure level={3} label={t('county.areaToggle', { id: areaId })} sections={sections} countyCode={countyCode} />;
}
