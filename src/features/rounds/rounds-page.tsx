import { RaterChoice } from '../../components/rater-choice';
import { roundsMessages } from '../../i18n/messages/rounds';
import { useTranslation } from '../../i18n/use-translation';
import { NewRoundForm } from './new-round-form';
import { RatersSection } from './raters-section';
import { RoundsTable } from './rounds-table';
import './rounds.css';

/** The inventory's rounds and the team's raters: create, rename, delete; and who is scoring in this browser. */
export default function RoundsPage() {
  const { t } = useTranslation(roundsMessages);
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="omgangar-rubrik">
        <h2 id="omgangar-rubrik">{t('rounds.heading')}</h2>
        <RoundsTable />
        <NewRoundForm />
      </section>
      <RatersSection />
      <RaterChoice />
    </>
  );
}
