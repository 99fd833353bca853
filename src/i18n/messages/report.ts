import { defineMessages } from '../messages';
import en from '../locales/en/report.json';
import sv from '../locales/sv/report.json';

export const reportMessages = defineMessages('report', sv, en);
