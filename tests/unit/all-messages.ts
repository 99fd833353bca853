import type { Messages } from '../../src/i18n/messages';
import { accessibilityMessages } from '../../src/i18n/messages/accessibility';
import { agreementMessages } from '../../src/i18n/messages/agreement';
import { changeMessages } from '../../src/i18n/messages/change';
import { commonMessages } from '../../src/i18n/messages/common';
import { countiesMessages } from '../../src/i18n/messages/counties';
import { countyCheckMessages } from '../../src/i18n/messages/county-check';
import { countyHistoryMessages } from '../../src/i18n/messages/county-history';
import { csvExportMessages } from '../../src/i18n/messages/csv-export';
import { dataMessages } from '../../src/i18n/messages/data';
import { figureExportMessages } from '../../src/i18n/messages/figure-export';
import { figuresMessages } from '../../src/i18n/messages/figures';
import { heatmapMessages } from '../../src/i18n/messages/heatmap';
import { informantsMessages } from '../../src/i18n/messages/informants';
import { interviewMessages } from '../../src/i18n/messages/interview';
import { interviewSheetMessages } from '../../src/i18n/messages/interview-sheet';
import { neededMessages } from '../../src/i18n/messages/needed';
import { overviewMessages } from '../../src/i18n/messages/overview';
import { rankingCaveatMessages } from '../../src/i18n/messages/ranking-caveat';
import { reconcileMessages } from '../../src/i18n/messages/reconcile';
import { reportMessages } from '../../src/i18n/messages/report';
import { roundsMessages } from '../../src/i18n/messages/rounds';
import { rulesMessages } from '../../src/i18n/messages/rules';
import { savingMessages } from '../../src/i18n/messages/saving';
import { scoringMessages } from '../../src/i18n/messages/scoring';
import { sideBySideMessages } from '../../src/i18n/messages/side-by-side';
import { teamMessages } from '../../src/i18n/messages/team';
import { teamStatusMessages } from '../../src/i18n/messages/team-status';

/** Every namespace of the app; a test checks that each catalogue file is in this list. */
export const ALL_MESSAGES: readonly Messages[] = [
  accessibilityMessages,
  agreementMessages,
  changeMessages,
  commonMessages,
  countiesMessages,
  countyCheckMessages,
  countyHistoryMessages,
  csvExportMessages,
  dataMessages,
  figureExportMessages,
  figuresMessages,
  heatmapMessages,
  informantsMessages,
  interviewMessages,
  interviewSheetMessages,
  neededMessages,
  overviewMessages,
  rankingCaveatMessages,
  reconcileMessages,
  reportMessages,
  roundsMessages,
  rulesMessages,
  savingMessages,
  scoringMessages,
  sideBySideMessages,
  teamMessages,
  teamStatusMessages,
];
