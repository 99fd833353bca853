import { defineMessages } from '../messages';
import en from '../locales/en/counties.json';
import sv from '../locales/sv/counties.json';

export const countiesMessages = defineMessages('counties', sv, en);
