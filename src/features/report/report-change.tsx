import { ChangeFigure } from '../../components/change/change-figure';
import { ChangeTable } from '../../components/change/change-table';
import { RuleRevisionsNote } from '../../components/change/rule-revisions-note';
import { useRoundChange } from '../../components/change/use-round-change';
import type { Round } from '../../domain/rounds/round';
import { changeMessages } from '../../i18n/messages/change';
import { useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';

/**
 * "Förändring sedan …": the report's round set against the round before it by period, when the
 * workspace has one; each rated with its own revision of the rule, as the note under the heading says.
 */
export function ReportChange({ variant }: { variant: boolean }) {
  const { round, rounds } = useRound();
  const before = rounds[rounds.findIndex((candidate) => candidate.id === round.id) - 1];
  return before === undefined ? null : <ReportChangeSection from={before} to={round} variant={variant} />;
}

function ReportChangeSection({ from, to, variant }: { from: Round; to: Round; variant: boolean }) {
  const { t } = useTranslation(changeMessages);
  const change = useRoundChange(from, to, null);
  return (
    <section className="report-change" aria-labelledby="rapport-forandring">
      <h2 id="rapport-forandring">{t('report.heading', { name: from.name })}</h2>
      <p className="prose">{t('report.intro', { from: from.name })}</p>
      {/* A rule variant rates the report's own figures; the change compares each round with its own rule. */}
      {variant && <p className="prose">{t('report.variant')}</p>}
      <RuleRevisionsNote from={from} to={to} rules={change.rules} />
      <ChangeTable areas={change.areas} />
      {change.areas.map((area) => (
        <ChangeFigure key={area.areaId} change={area} from={from} to={to} />
      ))}
    </section>
  );
}
