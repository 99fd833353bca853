import en from '../locales/en/county-check.json';
import sv from '../locales/sv/county-check.json';
import { defineMessages } from '../messages';

export const countyCheckMessages = defineMessages('county-check', sv, en);
