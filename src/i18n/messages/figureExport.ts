import { defineMessages } from '../messages';
import en from '../locales/en/figureExport.json';
import sv from '../locales/sv/figureExport.json';

export const figureExportMessages = defineMessages('figureExport', sv, en);
