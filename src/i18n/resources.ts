import enCsvExport from './locales/en/csvExport.json';
import enFigureExport from './locales/en/figureExport.json';
import enReport from './locales/en/report.json';
import svCsvExport from './locales/sv/csvExport.json';
import svFigureExport from './locales/sv/figureExport.json';
import svReport from './locales/sv/report.json';
import enAccessibility from './locales/en/accessibility.json';
import enCommon from './locales/en/common.json';
import enCounties from './locales/en/counties.json';
import enData from './locales/en/data.json';
import enFigures from './locales/en/figures.json';
import enHeatmap from './locales/en/heatmap.json';
import enNeeded from './locales/en/needed.json';
import enOverview from './locales/en/overview.json';
import enRules from './locales/en/rules.json';
import enScoring from './locales/en/scoring.json';
import enSideBySide from './locales/en/sideBySide.json';
import svAccessibility from './locales/sv/accessibility.json';
import svCommon from './locales/sv/common.json';
import svCounties from './locales/sv/counties.json';
import svData from './locales/sv/data.json';
import svFigures from './locales/sv/figures.json';
import svHeatmap from './locales/sv/heatmap.json';
import svNeeded from './locales/sv/needed.json';
import svOverview from './locales/sv/overview.json';
import svRules from './locales/sv/rules.json';
import svScoring from './locales/sv/scoring.json';
import svSideBySide from './locales/sv/sideBySide.json';

/**
 * The message catalogues, one file per namespace and language. Swedish is the source: its keys
 * are the types every `t()` call is checked against, and a test fails when English lacks one.
 */
export const resources = {
  sv: { accessibility: svAccessibility, common: svCommon, csvExport: svCsvExport, figureExport: svFigureExport, report: svReport, counties: svCounties, data: svData, figures: svFigures, heatmap: svHeatmap, needed: svNeeded, overview: svOverview, rules: svRules, scoring: svScoring, sideBySide: svSideBySide },
  en: { accessibility: enAccessibility, common: enCommon, csvExport: enCsvExport, figureExport: enFigureExport, report: enReport, counties: enCounties, data: enData, figures: enFigures, heatmap: enHeatmap, needed: enNeeded, overview: enOverview, rules: enRules, scoring: enScoring, sideBySide: enSideBySide },
} as const;

export const NAMESPACES = ['accessibility', 'common', 'counties', 'csvExport', 'figureExport', 'report', 'data', 'figures', 'heatmap', 'needed', 'overview', 'rules', 'scoring', 'sideBySide'] as const;
