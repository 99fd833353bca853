import { CsvDownload, type CsvFile } from '../../components/csv-download';
import { downloadWorkspace } from '../../components/download-workspace';
import { toAnswersCsv } from '../../domain/csv/answers-csv';
import { toRatingsCsv } from '../../domain/csv/ratings-csv';
import { toScoresCsv } from '../../domain/csv/scores-csv';
import { toScoresWideCsv } from '../../domain/csv/scores-wide-csv';
import { summarizeWorkspace } from '../../domain/workspace/import-plan';
import { roundScoresOf, roundRecordOf } from '../../domain/workspace/workspace';
import { dataMessages } from '../../i18n/messages/data';
import { interviewSheetMessages } from '../../i18n/messages/interview-sheet';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useRound } from '../../providers/round-in-use';
import { useInstrument, useWorkspace, useWorkspaceStore } from '../../providers/services';
import { workspaceOf } from '../../store/workspace-store';
import { describeSummary } from './import-summary';
import { OwnAssessmentsDownload } from './own-assessments-download';

export function ExportSection() {
  const { t } = useTranslation(dataMessages);
  const { t: tInterview } = useTranslation(interviewSheetMessages);
  const lang = useLanguage();
  const instrument = useInstrument();
  const store = useWorkspaceStore();
  const { round } = useRound();
  const summary = useWorkspace((state) => describeSummary(t, summarizeWorkspace(state)));
  const current = () => workspaceOf(store.getState());
  const roundScores = () => roundScoresOf(roundRecordOf(store.getState(), round.id));
  // The long form holds every round and rater; the table and the levels are one round's, the one in use.
  const csvFiles: CsvFile[] = [
    { label: t('export.csv'), fileStem: 'lansinventering-poang', text: (delimiter) => toScoresCsv(current(), instrument, delimiter) },
    { label: t('export.csvWide'), fileStem: 'lansinventering-poang-bred', text: (delimiter) => toScoresWideCsv(roundScores(), instrument, delimiter) },
    { label: t('export.csvRatings'), fileStem: 'lansinventering-nivaer', text: (delimiter) => toRatingsCsv(roundScores(), instrument, lang, delimiter) },
    { label: tInterview('csv.download'), fileStem: 'lansinventering-intervjusvar', text: (delimiter) => toAnswersCsv(current(), instrument, lang, delimiter) },
  ];

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p>{t('export.intro', { summary })}</p>
      <p>
        <button type="button" onClick={() => downloadWorkspace(instrument, current())}>
          {t('export.json')}
        </button>
      </p>
      <OwnAssessmentsDownload />
      <CsvDownload files={csvFiles} note={`${t('export.csvIntro')} ${tInterview('csv.intro')} ${t('export.csvScope', { round: round.name })}`} />
    </section>
  );
}
