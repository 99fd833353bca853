import enAccessibility from './locales/en/accessibility.json';
import enCommon from './locales/en/common.json';
import enCounties from './locales/en/counties.json';
import enData from './locales/en/data.json';
import enFigures from './locales/en/figures.json';
import enScoring from './locales/en/scoring.json';
import svAccessibility from './locales/sv/accessibility.json';
import svCommon from './locales/sv/common.json';
import svCounties from './locales/sv/counties.json';
import svData from './locales/sv/data.json';
import svFigures from './locales/sv/figures.json';
import svScoring from './locales/sv/scoring.json';

/**
 * The message catalogues, one file per namespace and language. Swedish is the source: its keys
 * are the types every `t()` call is checked against, and a test fails when English lacks one.
 */
export const resources = {
  sv: { accessibility: svAccessibility, common: svCommon, counties: svCounties, data: svData, figures: svFigures, scoring: svScoring },
  en: { accessibility: enAccessibility, common: enCommon, counties: enCounties, data: enData, figures: enFigures, scoring: enScoring },
} as const;

export const NAMESPACES = ['accessibility', 'common', 'counties', 'data', 'figures', 'scoring'] as const;
