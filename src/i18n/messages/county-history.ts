import en from '../locales/en/county-history.json';
import sv from '../locales/sv/county-history.json';
import { defineMessages } from '../messages';

export const countyHistoryMessages = defineMessages('county-history', sv, en);
