import { defineMessages } from '../messages';
import en from '../locales/en/csv-export.json';
import sv from '../locales/sv/csv-export.json';

export const csvExportMessages = defineMessages('csv-export', sv, en);
