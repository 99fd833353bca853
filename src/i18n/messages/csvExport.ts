import { defineMessages } from '../messages';
import en from '../locales/en/csvExport.json';
import sv from '../locales/sv/csvExport.json';

export const csvExportMessages = defineMessages('csvExport', sv, en);
