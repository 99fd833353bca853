import { defineMessages } from '../messages';
import en from '../locales/en/figure-export.json';
import sv from '../locales/sv/figure-export.json';

export const figureExportMessages = defineMessages('figure-export', sv, en);
