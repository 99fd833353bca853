import { countyCheckMessages } from '../../../i18n/messages/county-check';
import { useTranslation } from '../../../i18n/use-translation';
import { AreaComments } from './area-comments';
import './county-check.css';
import { StatusControl } from './status-control';
import { SummaryField } from './summary-field';

/**
 * Below the statements: the group's summary of the county and a comment per area, as the 2016
 * team wrote them, and the check (avstämning) of the summary with the county, step by step.
 * Everything is the group's, whoever is chosen under "Jag är".
 */
export default function CountyCheckPanel({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation(countyCheckMessages);
  return (
    <section className="county-check" aria-labelledby="samlad-bedomning">
      <h2 id="samlad-bedomning">{t('section.heading')}</h2>
      <p className="county-check__intro">{t('section.intro')}</p>
      <SummaryField countyCode={countyCode} />
      <AreaComments countyCode={countyCode} />
      <StatusControl countyCode={countyCode} />
    </section>
  );
}
