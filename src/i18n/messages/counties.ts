import en from '../locales/en/counties.json';
import sv from '../locales/sv/counties.json';
import { defineMessages } from '../messages';

export const countiesMessages = defineMessages('counties', sv, en);
