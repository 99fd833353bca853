import en from '../locales/en/figure-export.json';
import sv from '../locales/sv/figure-export.json';
import { defineMessages } from '../messages';

export const figureExportMessages = defineMessages('figure-export', sv, en);
