import en from '../locales/en/csv-export.json';
import sv from '../locales/sv/csv-export.json';
import { defineMessages } from '../messages';

export const csvExportMessages = defineMessages('csv-export', sv, en);
