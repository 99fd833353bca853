import en from '../locales/en/report.json';
import sv from '../locales/sv/report.json';
import { defineMessages } from '../messages';

export const reportMessages = defineMessages('report', sv, en);
